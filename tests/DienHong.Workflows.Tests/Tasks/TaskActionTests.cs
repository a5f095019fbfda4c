using System.Text.Json.Nodes;
using DienHong.Engine.Runtime;
using DienHong.Engine.Storage;
using DienHong.Engine.Tests;
using DienHong.Workflows.Organization;
using Shouldly;
using Xunit;
using static DienHong.Engine.Tests.Definitions;

namespace DienHong.Workflows.Tests.Tasks;

/// <summary>
/// Claim, delegate, reassign and substitution on the Châu Thành demo organisation: Phòng Nội vụ's head is E0141,
/// its deputy E0143 (who substitutes for the head 8-12 Feb 2027), its union committee E0145, E0143 and E0142.
/// </summary>
public sealed class TaskActionTests
{
    private const string Agency = "phong-noi-vu";
    private static readonly TimeSpan Hanoi = TimeSpan.FromHours(7);

    [Fact]
    public async Task A_member_of_the_group_claims_the_task_and_only_they_may_then_complete_it()
    {
        await using var host = await HostAsync();
        var started = await StartAsync(host, """{ "role": "union-committee" }""");
        var task = started.OpenBookmarks.Single();

        (await Act(host, started, task, "E0144", "claim")).Status.ShouldBe(RunStatus.Rejected); // HR is not on the committee
        (await Act(host, started, task, "E0142", "claim")).Succeeded.ShouldBeTrue();
        (await host.Store.LoadAsync(started.InstanceId!))!.Bookmarks.Single().Assignee.ShouldBe("user:E0142");

        (await Complete(host, started, task, "E0145")).Status.ShouldBe(RunStatus.Rejected);
        (await Complete(host, started, task, "E0142")).InstanceStatus.ShouldBe(InstanceStatus.Completed);
        (await host.JournalAsync(started.InstanceId!)).Select(j => j.Event).ShouldContain("TaskClaimed");
    }

    [Fact]
    public async Task A_delegation_moves_the_task_and_keeps_the_reason()
    {
        await using var host = await HostAsync();
        var started = await StartAsync(host, """{ "role": "head" }""");
        var task = started.OpenBookmarks.Single();

        var delegated = await host.Engine.ResumeAsync(task.Id, new ResumeInput("E0141", Action: "delegate",
            Data: new JsonObject { ["to"] = "E0142", ["reason"] = "Đi công tác" }), started.InstanceId);

        delegated.Succeeded.ShouldBeTrue(delegated.Message);
        var entry = (await host.JournalAsync(started.InstanceId!)).Single(j => j.Event == "TaskDelegated");
        entry.Actor.ShouldBe("E0141");
        entry.Comment.ShouldBe("Đi công tác");
        (await Complete(host, started, task, "E0142")).InstanceStatus.ShouldBe(InstanceStatus.Completed);
    }

    [Fact]
    public async Task The_substitute_acts_for_the_head_during_the_absence_window_only()
    {
        await using var host = await HostAsync();
        var first = await StartAsync(host, """{ "role": "head" }""");
        var second = await host.Engine.StartAsync(new StartRequest { DefinitionKey = "actions", Agency = Agency, Actor = "E0144" });
        var third = await host.Engine.StartAsync(new StartRequest { DefinitionKey = "actions", Agency = Agency, Actor = "E0144" });

        host.Clock.SetUtcNow(new DateTimeOffset(2027, 2, 7, 10, 0, 0, Hanoi)); // the day before the absence
        (await Complete(host, first, first.OpenBookmarks[0], "E0143")).Status.ShouldBe(RunStatus.Rejected);
        host.Clock.SetUtcNow(new DateTimeOffset(2027, 2, 8, 10, 0, 0, Hanoi)); // its first day
        (await Complete(host, first, first.OpenBookmarks[0], "E0143")).InstanceStatus.ShouldBe(InstanceStatus.Completed);
        host.Clock.SetUtcNow(new DateTimeOffset(2027, 2, 12, 10, 0, 0, Hanoi)); // its last day
        (await Complete(host, second, second.OpenBookmarks[0], "E0143")).InstanceStatus.ShouldBe(InstanceStatus.Completed);
        host.Clock.SetUtcNow(new DateTimeOffset(2027, 2, 13, 10, 0, 0, Hanoi)); // the day after: the head again
        (await Complete(host, third, third.OpenBookmarks[0], "E0143")).Status.ShouldBe(RunStatus.Rejected);
        (await Complete(host, third, third.OpenBookmarks[0], "E0141")).InstanceStatus.ShouldBe(InstanceStatus.Completed);
    }

    [Fact]
    public async Task A_reassignment_is_journalled_and_an_unknown_action_changes_nothing()
    {
        await using var host = await HostAsync();
        var started = await StartAsync(host, """{ "role": "hr" }""");
        var task = started.OpenBookmarks.Single();

        (await Act(host, started, task, "E0144", "archive")).Status.ShouldBe(RunStatus.Rejected);
        var reassigned = await host.Engine.ResumeAsync(task.Id, new ResumeInput("E0141", Action: "reassign",
            Data: new JsonObject { ["to"] = "role:deputy", ["reason"] = "Cán bộ TCCB nghỉ phép" }), started.InstanceId);

        reassigned.Succeeded.ShouldBeTrue(reassigned.Message);
        (await host.Store.LoadAsync(started.InstanceId!))!.Bookmarks.Single().Assignee.ShouldBe("role:deputy");
        (await host.JournalAsync(started.InstanceId!)).Select(j => j.Event).ShouldBe(["InstanceStarted", "TaskCreated", "TaskReassigned"]);
    }

    [Fact]
    public async Task Attachments_are_kept_with_the_decision()
    {
        await using var host = await HostAsync();
        var started = await StartAsync(host, """{ "role": "head" }""");
        var task = started.OpenBookmarks.Single();

        var done = await host.Engine.ResumeAsync(task.Id, new ResumeInput("E0141", "Done", "Đồng ý",
            new JsonObject { ["attachments"] = new JsonArray("doc:QD-15-2027.pdf") }), started.InstanceId);

        done.Succeeded.ShouldBeTrue(done.Message);
        var entry = (await host.JournalAsync(started.InstanceId!)).Single(j => j.Event == "TaskCompleted");
        entry.Data.ShouldBe("""{"attachments":["doc:QD-15-2027.pdf"]}""");
        entry.Comment.ShouldBe("Đồng ý");
    }

    private static Task<TestHost> HostAsync() => TestHost.CreateWithChauThanhAsync();

    private static async Task<RunResult> StartAsync(TestHost host, string assignee)
    {
        await host.PublishAsync(Workflow("actions",
            string.Join(",", Node("start", "Start"), $$"""{ "id": "task", "type": "HumanTask", "assignee": {{assignee}}, "outcomes": ["Done"] }""", Node("end", "End")),
            string.Join(",", Edge("start", "task"), Edge("task", "end"))));
        return await host.Engine.StartAsync(new StartRequest { DefinitionKey = "actions", Agency = Agency, Actor = "E0144" });
    }

    private static Task<RunResult> Act(TestHost host, RunResult started, BookmarkRecord task, string actor, string action) =>
        host.Engine.ResumeAsync(task.Id, new ResumeInput(actor, Action: action), started.InstanceId);

    private static Task<RunResult> Complete(TestHost host, RunResult started, BookmarkRecord task, string actor) =>
        host.Engine.ResumeAsync(task.Id, new ResumeInput(actor, "Done"), started.InstanceId);
}
