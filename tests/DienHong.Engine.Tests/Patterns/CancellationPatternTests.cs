using DienHong.Engine.Runtime;
using DienHong.Engine.Storage;
using Shouldly;
using Xunit;
using static DienHong.Engine.Tests.Definitions;

namespace DienHong.Engine.Tests.Patterns;

/// <summary>Deferred choice, cancel task and cancel case (WCP-16, 19, 20).</summary>
public sealed class CancellationPatternTests
{
    private static readonly string Deferred = Workflow("wcp-16",
        string.Join(",", Node("start", "Start"),
            Task("reply", "\"Done\"", ",\"escalation\":{\"after\":{\"days\":3},\"action\":\"complete\"}"),
            Task("archive"), Task("remind-head"), Node("end", "End")),
        string.Join(",", Edge("start", "reply"), Edge("reply", "archive", "Done"), Edge("reply", "remind-head", "Overdue"),
            Edge("archive", "end", "Done"), Edge("remind-head", "end", "Done")));

    [Fact]
    public async Task Wcp16_deferred_choice_the_task_done_in_time_wins_and_the_deadline_never_fires()
    {
        await using var host = await TestHost.CreateAsync();
        var id = (await host.RunAsync(Deferred, "wcp-16")).InstanceId!;
        (await host.Store.LoadAsync(id))!.Bookmarks.Single().WakeAt.ShouldNotBeNull();

        (await host.DoAsync(id, "reply")).OpenBookmarks.Select(b => b.NodeId).ShouldBe(["archive"]);
        (await host.AdvanceAsync(TimeSpan.FromDays(60))).ShouldBe(0);

        (await host.OpenNodesAsync(id)).ShouldBe(["archive"]);
        (await host.DoAsync(id, "archive")).InstanceStatus.ShouldBe(InstanceStatus.Completed);
        (await host.StepsAsync(id)).ShouldBe(
        [
            (null, "InstanceStarted"), ("reply", "TaskCreated"), ("reply", "TaskCompleted"), ("archive", "TaskCreated"),
            ("archive", "TaskCompleted"), ("end", "InstanceCompleted"),
        ]);
    }

    [Fact]
    public async Task Wcp16_deferred_choice_the_deadline_passing_first_wins_and_the_task_can_no_longer_be_done()
    {
        await using var host = await TestHost.CreateAsync();
        var id = (await host.RunAsync(Deferred, "wcp-16")).InstanceId!;
        var task = (await host.Store.LoadAsync(id))!.Bookmarks.Single();

        (await host.AdvanceAsync(TimeSpan.FromDays(60))).ShouldBe(1);

        (await host.OpenNodesAsync(id)).ShouldBe(["remind-head"]);
        var late = await host.Engine.ResumeAsync(task.Id, new ResumeInput("tester", "Done"), id);
        late.Status.ShouldBe(RunStatus.AlreadyConsumed);
        (await host.JournalAsync(id)).Single(j => j.Event == "TaskEscalated").Outcome.ShouldBe("Overdue");
        (await host.DoAsync(id, "remind-head")).InstanceStatus.ShouldBe(InstanceStatus.Completed);
        (await host.StepsAsync(id)).ShouldBe(
        [
            (null, "InstanceStarted"), ("reply", "TaskCreated"), ("reply", "TaskEscalated"), ("remind-head", "TaskCreated"),
            ("remind-head", "TaskCompleted"), ("end", "InstanceCompleted"),
        ]);
    }

    [Fact]
    public async Task Wcp19_cancel_task_withdraws_one_branch_and_the_join_goes_on_without_it()
    {
        await using var host = await TestHost.CreateAsync();
        var run = await host.RunAsync(Workflow("wcp-19",
            string.Join(",", Node("start", "Start"), Node("fork", "Fork"), Task("hr"), Task("union"), Node("join", "Join"), Task("head"), Node("end", "End")),
            string.Join(",", Edge("start", "fork"), Edge("fork", "hr"), Edge("fork", "union"), Edge("hr", "join", "Done"), Edge("union", "join", "Done"),
                Edge("join", "head"), Edge("head", "end", "Done"))), "wcp-19");
        var id = run.InstanceId!;
        var union = run.OpenBookmarks.Single(b => b.NodeId == "union");

        var cancelled = await host.Engine.CancelBookmarkAsync(id, union.Id, "No union in this agency", "admin");
        cancelled.Succeeded.ShouldBeTrue(cancelled.Message);
        cancelled.InstanceStatus.ShouldBe(InstanceStatus.Suspended);
        cancelled.OpenBookmarks.Select(b => b.NodeId).ShouldBe(["hr"]);
        (await host.Engine.ResumeAsync(union.Id, new ResumeInput("tester", "Done"), id)).Status.ShouldBe(RunStatus.AlreadyConsumed);

        (await host.DoAsync(id, "hr")).OpenBookmarks.Select(b => b.NodeId).ShouldBe(["head"]);
        (await host.DoAsync(id, "head")).InstanceStatus.ShouldBe(InstanceStatus.Completed);
        (await host.StepsAsync(id)).ShouldBe(
        [
            (null, "InstanceStarted"), ("fork", "NodeCompleted"), ("hr", "TaskCreated"), ("union", "TaskCreated"), ("union", "NodeCancelled"),
            ("hr", "TaskCompleted"), ("join", "NodeCompleted"), ("head", "TaskCreated"), ("head", "TaskCompleted"), ("end", "InstanceCompleted"),
        ]);
        (await host.JournalAsync(id)).Single(j => j.Event == "NodeCancelled").Comment.ShouldBe("No union in this agency");
    }

    [Fact]
    public async Task Wcp19_cancelling_the_last_missing_branch_fires_the_waiting_join_at_once()
    {
        await using var host = await TestHost.CreateAsync();
        var run = await host.RunAsync(Workflow("wcp-19b",
            string.Join(",", Node("start", "Start"), Node("fork", "Fork"), Task("hr"), Task("union"), Node("join", "Join"), LastTask("head")),
            string.Join(",", Edge("start", "fork"), Edge("fork", "hr"), Edge("fork", "union"), Edge("hr", "join", "Done"), Edge("union", "join", "Done"),
                Edge("join", "head"))), "wcp-19b");
        var id = run.InstanceId!;
        await host.DoAsync(id, "hr");

        var cancelled = await host.Engine.CancelBookmarkAsync(id, run.OpenBookmarks.Single(b => b.NodeId == "union").Id, null, "admin");

        cancelled.OpenBookmarks.Select(b => b.NodeId).ShouldBe(["head"]);
        (await host.StepsAsync(id))[^4..].ShouldBe([("hr", "TaskCompleted"), ("union", "NodeCancelled"), ("join", "NodeCompleted"), ("head", "TaskCreated")]);
        (await host.DoAsync(id, "head")).InstanceStatus.ShouldBe(InstanceStatus.Completed);
    }

    [Fact]
    public async Task Wcp20_cancel_case_closes_every_open_task_and_timer_and_ends_the_instance()
    {
        await using var host = await TestHost.CreateAsync();
        var run = await host.RunAsync(Workflow("wcp-20",
            string.Join(",", Node("start", "Start"), Node("fork", "Fork"), Task("hr"), Node("wait", "Timer", ",\"after\":{\"days\":5}"), Task("head"), Node("end", "End")),
            string.Join(",", Edge("start", "fork"), Edge("fork", "hr"), Edge("fork", "wait"), Edge("wait", "head"), Edge("hr", "end", "Done"), Edge("head", "end", "Done"))), "wcp-20");
        var id = run.InstanceId!;
        var hr = run.OpenBookmarks.Single(b => b.NodeId == "hr");

        var cancelled = await host.Engine.CancelAsync(id, "Employee resigned", "admin");

        cancelled.Succeeded.ShouldBeTrue(cancelled.Message);
        cancelled.InstanceStatus.ShouldBe(InstanceStatus.Cancelled);
        cancelled.OpenBookmarks.ShouldBeEmpty();
        (await host.Store.LoadAsync(id))!.Bookmarks.ShouldBeEmpty();
        (await host.AdvanceAsync(TimeSpan.FromDays(60))).ShouldBe(0);
        (await host.Engine.ResumeAsync(hr.Id, new ResumeInput("tester", "Done"), id)).Status.ShouldBe(RunStatus.AlreadyConsumed);
        (await host.Engine.CancelAsync(id, "again", "admin")).Status.ShouldBe(RunStatus.Rejected);
        (await host.InstanceAsync(id)).Status.ShouldBe(InstanceStatus.Cancelled);

        var steps = await host.StepsAsync(id);
        steps[..4].ShouldBe([(null, "InstanceStarted"), ("fork", "NodeCompleted"), ("hr", "TaskCreated"), ("wait", "TimerStarted")]);
        steps[4..6].ShouldBe([("hr", "NodeCancelled"), ("wait", "NodeCancelled")], ignoreOrder: true);
        steps[6..].ShouldBe([(null, "InstanceCancelled")]);
        (await host.Audit.VerifyAsync()).IsIntact.ShouldBeTrue();
    }

    [Fact]
    public async Task Wcp20_a_cancelled_case_keeps_no_run_state()
    {
        await using var host = await TestHost.CreateAsync();
        var run = await host.RunAsync(Workflow("wcp-20-state",
            string.Join(",", Node("start", "Start"), Node("fork", "Fork"), Task("a"), Task("b"), Node("sync", "Join"), Node("end", "End")),
            string.Join(",", Edge("start", "fork"), Edge("fork", "a"), Edge("fork", "b"), Edge("a", "sync", "Done"), Edge("b", "sync", "Done"), Edge("sync", "end"))), "wcp-20-state");
        var id = run.InstanceId!;
        await host.DoAsync(id, "a");
        (await host.Store.LoadAsync(id))!.Instance.State.ShouldNotBe(InstanceState.Empty, "the join waits with one arrival");

        (await host.Engine.CancelAsync(id, "withdrawn", "admin")).InstanceStatus.ShouldBe(InstanceStatus.Cancelled);

        (await host.Store.LoadAsync(id))!.Instance.State.ShouldBe(InstanceState.Empty);
    }
}
