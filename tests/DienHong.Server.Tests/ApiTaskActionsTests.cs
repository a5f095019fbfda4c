using System.Net;
using Shouldly;

namespace DienHong.Server.Tests;

/// <summary>
/// Claim, delegate, reassign and cancel through the API: each hands the case on to exactly the person it names, the
/// one it was taken from can no longer decide, and the journal keeps who did it and why.
/// </summary>
public sealed class ApiTaskActionsTests(CaseServer cases) : IClassFixture<CaseServer>
{
    [Fact]
    public async Task A_delegated_then_reassigned_case_is_decided_by_whom_it_was_handed_to()
    {
        var hr = cases.Client("e0104");
        var staff = cases.Client("e0110");
        var head = cases.Client("e0101");
        var started = await hr.PostJsonAsync("/api/v1/instances", Api.SalaryCase("E0106")).JsonAsync(HttpStatusCode.Created);
        var id = started.String("id");
        var prepare = started.GetProperty("openTasks")[0].String("id");

        var claimed = await hr.PostJsonAsync($"/api/v1/tasks/{prepare}/claim").JsonAsync();
        claimed.GetProperty("openTasks")[0].String("assignee").ShouldBe("user:E0104");
        // Not to someone of another agency: the delegate would see the whole case.
        await hr.PostJsonAsync($"/api/v1/tasks/{prepare}/delegate", new { to = "E0201", reason = "Nghỉ phép" }).ProblemAsync(HttpStatusCode.BadRequest, "task.delegate-target");
        var delegated = await hr.PostJsonAsync($"/api/v1/tasks/{prepare}/delegate", new { to = "E0110", reason = "Nghỉ phép" }).JsonAsync();
        delegated.GetProperty("openTasks")[0].String("assignee").ShouldBe("user:E0110");

        (await staff.GetAsync("/api/v1/tasks?scope=Mine").JsonAsync()).GetProperty("items").EnumerateArray().ShouldContain(t => t.String("id") == prepare);
        await hr.PostJsonAsync($"/api/v1/tasks/{prepare}/complete", new { outcome = "Submitted" }).ProblemAsync(HttpStatusCode.Forbidden, "task.not-assignee");
        var submitted = await staff.PostJsonAsync($"/api/v1/tasks/{prepare}/complete", new { outcome = "Submitted" }).JsonAsync();
        var decide = submitted.GetProperty("openTasks")[0].String("id");

        await hr.PostJsonAsync($"/api/v1/tasks/{decide}/reassign", new { to = "user:E0103" }).ProblemAsync(HttpStatusCode.Forbidden, "task.reassign-denied");
        await head.PostJsonAsync($"/api/v1/tasks/{decide}/reassign", new { to = "user:E0103", reason = "Phó chánh văn phòng phụ trách" }).JsonAsync();
        await head.PostJsonAsync($"/api/v1/tasks/{decide}/complete", new { outcome = "Reject" }).ProblemAsync(HttpStatusCode.Forbidden, "task.not-assignee");
        var deputy = await cases.Server.BearerAsync("e0103");
        var rejected = await deputy.PostJsonAsync($"/api/v1/tasks/{decide}/complete", new { outcome = "Reject", comment = "Chưa đủ hồ sơ", data = new { legalGround = "Điều 2.1.b Thông tư 08/2013/TT-BNV" } }).JsonAsync();
        rejected.String("status").ShouldBe("Completed");
        rejected.String("outcome").ShouldBe("Rejected");

        var journal = (await hr.GetAsync($"/api/v1/instances/{id}/journal").JsonAsync()).GetProperty("items").EnumerateArray().ToList();
        var delegation = journal.Single(e => e.String("event") == "TaskDelegated");
        (delegation.String("actor"), delegation.String("comment")).ShouldBe(("E0104", "Nghỉ phép"));
        journal.Single(e => e.String("event") == "TaskReassigned").String("actor").ShouldBe("E0101");
        journal.Single(e => e.String("event") == "TaskCompleted" && e.String("nodeId") == "head-decide").String("actor").ShouldBe("E0103");
        (await hr.GetAsync($"/api/v1/instances/{id}/journal/verify").JsonAsync()).GetProperty("intact").GetBoolean().ShouldBeTrue();
    }

    [Fact]
    public async Task The_head_cancels_a_running_case_and_its_tasks_close()
    {
        var head = cases.Client("e0101");
        var started = await head.PostJsonAsync("/api/v1/instances", Api.SalaryCase("E0107")).JsonAsync(HttpStatusCode.Created);
        var id = started.String("id");
        var task = started.GetProperty("openTasks")[0].String("id");
        await head.PostJsonAsync($"/api/v1/instances/{id}/retry").ProblemAsync(HttpStatusCode.Forbidden, "instance.retry-denied");
        await cases.Client("e0108").PostJsonAsync($"/api/v1/instances/{id}/retry").ProblemAsync(HttpStatusCode.Conflict, "instance.not-faulted");

        var cancelled = await head.PostJsonAsync($"/api/v1/instances/{id}/cancel", new { reason = "Trùng hồ sơ" }).JsonAsync();
        cancelled.String("status").ShouldBe("Cancelled");
        cancelled.GetProperty("openTasks").GetArrayLength().ShouldBe(0);
        await cases.Client("e0104").PostJsonAsync($"/api/v1/tasks/{task}/complete", new { outcome = "Submitted" }).ProblemAsync(HttpStatusCode.Conflict, "task.closed");
        var journal = (await head.GetAsync($"/api/v1/instances/{id}/journal").JsonAsync()).GetProperty("items").EnumerateArray().ToList();
        journal.Single(e => e.String("event") == "InstanceCancelled").String("actor").ShouldBe("E0101");
    }
}
