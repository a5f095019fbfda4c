using DienHong.Engine.Activities;
using DienHong.Engine.Runtime;
using DienHong.Engine.Storage;
using Shouldly;
using Xunit;
using static DienHong.Engine.Tests.Definitions;

namespace DienHong.Engine.Tests.Durability;

/// <summary>An instance outlives the engine object that started it: a new engine on the same file carries it on.</summary>
public sealed class RestartTests
{
    [Fact]
    public async Task A_suspended_instance_is_resumed_and_completed_by_a_new_engine_on_the_same_file()
    {
        await using var first = await TestHost.CreateAsync();
        await first.PublishAsync(Flows.TwoTasks());
        var started = await first.StartAsync("two-tasks", correlation: "restart:1");
        started.InstanceStatus.ShouldBe(InstanceStatus.Suspended);
        (await first.CompleteAsync(started.InstanceId!, "a", "Done")).OpenBookmarks.Single().NodeId.ShouldBe("b");

        // The first engine is never used again; the second knows the instance only from the file.
        await using var second = await first.ReopenAsync();
        second.Engine.ShouldNotBeSameAs(first.Engine);
        var loaded = await second.Store.LoadAsync(started.InstanceId!);
        loaded.ShouldNotBeNull();
        loaded.Instance.Status.ShouldBe(InstanceStatus.Suspended);
        loaded.Bookmarks.Single().NodeId.ShouldBe("b");
        (await second.Store.FindInstanceByCorrelationAsync("restart:1")).ShouldBe(started.InstanceId);

        var done = await second.CompleteAsync(started.InstanceId!, "b", "Done");

        done.Status.ShouldBe(RunStatus.Ok, done.Message);
        done.InstanceStatus.ShouldBe(InstanceStatus.Completed);
        done.Outcome.ShouldBe("Finished");
        var journal = await second.JournalAsync(started.InstanceId!);
        journal.Select(j => (j.NodeId, j.Event)).ShouldBe(
        [
            (null, "InstanceStarted"), ("a", "TaskCreated"), ("a", "TaskCompleted"), ("b", "TaskCreated"), ("b", "TaskCompleted"), ("end", "InstanceCompleted"),
        ]);
        journal.Select(j => j.Seq).ShouldBe([1, 2, 3, 4, 5, 6]);
        (await second.Audit.VerifyAsync()).IsIntact.ShouldBeTrue();
    }

    [Fact]
    public async Task A_timer_set_by_one_engine_is_fired_by_the_next()
    {
        await using var first = await TestHost.CreateAsync();
        await first.PublishAsync(Workflow("wait-then-task",
            string.Join(",", Node("start", "Start"), Node("wait", "Timer", ",\"after\":{\"hours\":2}"), Node("end", "End", ",\"outcome\":\"Waited\"")),
            string.Join(",", Edge("start", "wait"), Edge("wait", "end"))));
        var started = await first.StartAsync("wait-then-task");
        started.OpenBookmarks.Single().Kind.ShouldBe(BookmarkKind.Timer);

        await using var second = await first.ReopenAsync();
        first.Clock.Advance(TimeSpan.FromHours(3));
        (await second.Engine.FireDueAsync(second.Clock.GetUtcNow())).ShouldBe(1);

        var loaded = await second.Store.LoadAsync(started.InstanceId!);
        loaded!.Instance.Status.ShouldBe(InstanceStatus.Completed);
        loaded.Instance.Outcome.ShouldBe("Waited");
        loaded.Bookmarks.ShouldBeEmpty();

        // The first engine, woken late by its own (stale) schedule, finds nothing to do.
        (await first.Engine.FireDueAsync(first.Clock.GetUtcNow())).ShouldBe(0);
        (await second.Audit.VerifyAsync()).IsIntact.ShouldBeTrue();
    }
}
