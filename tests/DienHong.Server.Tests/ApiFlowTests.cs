using System.Net;
using System.Text.Json;
using DienHong.Server.Testing;
using Shouldly;

namespace DienHong.Server.Tests;

/// <summary>
/// A case through the API end to end, on its own server: HR starts a regular salary step for one employee, the task
/// shows in HR's inbox with its actions and due date, someone else may not complete it (whatever the body says), HR
/// completes it and the head decides, the journal shows each step by its person, and journal verify is clean.
/// </summary>
public sealed class ApiFlowTests : IAsyncLifetime, IDisposable
{
    private readonly DataFolder folder = new();
    private ServerFactory server = null!;

    public Task InitializeAsync()
    {
        server = new ServerFactory(folder.Path).Started();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await server.DisposeAsync();

    public void Dispose() => folder.Dispose();

    [Fact]
    public async Task Hr_starts_a_salary_step_the_assignees_decide_and_the_journal_verifies()
    {
        var hr = await server.BearerAsync("e0104");
        var staff = await server.BearerAsync("e0110");
        var head = await server.BearerAsync("e0101");

        var started = await hr.PostJsonAsync("/api/v1/instances", Api.SalaryCase("E0110")).JsonAsync(HttpStatusCode.Created);
        var id = started.String("id");
        started.String("status").ShouldBe("Suspended");
        started.String("agency").ShouldBe("van-phong");
        started.GetProperty("variables").GetProperty("employeeId").GetString().ShouldBe("E0110");

        var inbox = await hr.GetAsync("/api/v1/tasks").JsonAsync();
        var task = inbox.GetProperty("items").EnumerateArray().Single(t => t.String("instanceId") == id);
        task.String("nodeId").ShouldBe("hr-prepare");
        task.String("assignee").ShouldBe("role:hr");
        task.GetProperty("dueAt").GetDateTimeOffset().ShouldBeGreaterThan(DateTimeOffset.UtcNow);
        task.GetProperty("overdue").GetBoolean().ShouldBeFalse();
        task.GetProperty("outcomes").EnumerateArray().Select(o => o.GetString()).ShouldBe(["Submitted"]);
        task.GetProperty("actions").EnumerateArray().Select(a => a.String("name")).ShouldBe(["claim", "delegate", "reassign"]);
        task.GetProperty("actions")[1].GetProperty("label").String("vi").ShouldBe("Ủy quyền");
        task.GetProperty("nodeName").String("en").ShouldBe("HR prepares the list and the draft decision");
        var taskId = task.String("id");

        // The staff member sees the case (their agency) but is not its assignee; naming HR in the body changes nothing.
        (await staff.GetAsync("/api/v1/tasks").JsonAsync()).GetProperty("items").EnumerateArray().ShouldNotContain(t => t.String("instanceId") == id);
        await staff.PostJsonAsync($"/api/v1/tasks/{taskId}/complete", new { outcome = "Submitted", actor = "E0104", data = new { by = "E0104" } })
            .ProblemAsync(HttpStatusCode.Forbidden, "task.not-assignee");

        var list = (await hr.UploadAsync("danh-sach.pdf", Api.Pdf).JsonAsync(HttpStatusCode.Created)).String("id");
        var submitted = await hr.PostJsonAsync($"/api/v1/tasks/{taskId}/complete", new { outcome = "Submitted", comment = "Hồ sơ đủ điều kiện", attachments = new[] { list } }).JsonAsync();
        submitted.String("status").ShouldBe("Suspended");
        var decision = submitted.GetProperty("openTasks").EnumerateArray().Single();
        decision.String("nodeId").ShouldBe("head-decide");
        decision.String("assignee").ShouldBe("role:head");

        // Completed once: a second completion is a conflict, not a second step.
        await hr.PostJsonAsync($"/api/v1/tasks/{taskId}/complete", new { outcome = "Submitted" }).ProblemAsync(HttpStatusCode.Conflict, "task.closed");

        var headInbox = await head.GetAsync("/api/v1/tasks?scope=Groups").JsonAsync();
        headInbox.GetProperty("items").EnumerateArray().Single(t => t.String("instanceId") == id).String("id").ShouldBe(decision.String("id"));
        var approved = await head.PostJsonAsync($"/api/v1/tasks/{decision.String("id")}/complete", new { outcome = "Approve" }).JsonAsync();
        approved.GetProperty("openTasks").EnumerateArray().Single().String("nodeId").ShouldBe("publish");

        var detail = await hr.GetAsync($"/api/v1/instances/{id}").JsonAsync();
        detail.GetProperty("variables").GetProperty("newStepDate").GetString().ShouldBe("2023-01-01");

        var journal = await hr.GetAsync($"/api/v1/instances/{id}/journal").JsonAsync();
        var completed = journal.GetProperty("items").EnumerateArray().Where(e => e.String("event") == "TaskCompleted").ToList();
        completed.Select(e => (e.String("nodeId"), e.String("actor"), e.String("outcome"))).ShouldBe([("hr-prepare", "E0104", "Submitted"), ("head-decide", "E0101", "Approve")]);
        completed[0].String("actorName").ShouldBe("Đặng Thị Thu Hà");
        completed[0].String("comment").ShouldBe("Hồ sơ đủ điều kiện");
        completed[0].GetProperty("data").GetProperty("attachments")[0].GetString().ShouldBe(list);
        journal.GetProperty("items")[0].String("event").ShouldBe("InstanceStarted");
        journal.GetProperty("items")[0].String("actor").ShouldBe("E0104");

        var verify = await hr.GetAsync($"/api/v1/instances/{id}/journal/verify").JsonAsync();
        verify.GetProperty("intact").GetBoolean().ShouldBeTrue(verify.GetRawText());
        verify.GetProperty("entries").GetInt64().ShouldBe(journal.GetProperty("total").GetInt64());
        verify.GetProperty("problems").GetArrayLength().ShouldBe(0);
    }
}
