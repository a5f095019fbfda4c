using DienHong.Engine.Runtime;
using DienHong.Engine.Storage;
using Shouldly;
using Xunit;

namespace DienHong.Engine.Tests.Durability;

/// <summary>A run is saved whole or not at all: a failure inside the transaction leaves the file as it was.</summary>
public sealed class AtomicityTests
{
    [Fact]
    public async Task A_failure_after_the_rows_are_written_rolls_the_whole_run_back()
    {
        await using var host = await TestHost.CreateAsync();
        await host.PublishAsync(Flows.TwoTasks());
        var started = await host.StartAsync("two-tasks");
        var bookmark = started.OpenBookmarks.Single();
        var before = DatabaseDump.Of(host.DatabasePath);

        host.SqliteStore.AfterWrite = _ => throw new InvalidOperationException("injected");
        var failure = await Should.ThrowAsync<InvalidOperationException>(() =>
            host.Engine.ResumeAsync(bookmark.Id, new ResumeInput("tester", "Done"), started.InstanceId));

        failure.Message.ShouldBe("injected");
        DatabaseDump.Of(host.DatabasePath).ShouldBe(before);
        var loaded = await host.Store.LoadAsync(started.InstanceId!);
        loaded!.Bookmarks.Single().Id.ShouldBe(bookmark.Id);
        loaded.Instance.JournalSeq.ShouldBe(2);

        host.SqliteStore.AfterWrite = null;
        var retried = await host.Engine.ResumeAsync(bookmark.Id, new ResumeInput("tester", "Done"), started.InstanceId);

        retried.Status.ShouldBe(RunStatus.Ok, retried.Message);
        retried.OpenBookmarks.Single().NodeId.ShouldBe("b");
        (await host.JournalAsync(started.InstanceId!)).Count(j => j.Event == "TaskCompleted").ShouldBe(1);
        (await host.Audit.VerifyAsync()).IsIntact.ShouldBeTrue();
    }

    [Fact]
    public async Task A_failed_start_leaves_no_instance_behind()
    {
        await using var host = await TestHost.CreateAsync();
        await host.PublishAsync(Flows.TwoTasks());
        var before = DatabaseDump.Of(host.DatabasePath);

        host.SqliteStore.AfterWrite = _ => throw new InvalidOperationException("injected");
        await Should.ThrowAsync<InvalidOperationException>(() => host.StartAsync("two-tasks", correlation: "once"));

        DatabaseDump.Of(host.DatabasePath).ShouldBe(before);
        host.SqliteStore.AfterWrite = null;
        (await host.StartAsync("two-tasks", correlation: "once")).Status.ShouldBe(RunStatus.Ok);
    }

    [Fact]
    public async Task A_failing_run_does_not_take_down_the_runs_committed_with_it()
    {
        await using var host = await TestHost.CreateAsync();
        await host.PublishAsync(Flows.TwoTasks());
        var ids = new List<string>();
        for (var i = 0; i < 10; i++)
        {
            ids.Add((await host.StartAsync("two-tasks")).InstanceId!);
        }

        var poisoned = ids[3];
        host.SqliteStore.AfterWrite = c => _ = c.Instance.Id == poisoned ? throw new InvalidOperationException("injected") : 0;
        var results = await Task.WhenAll(ids.Select(id => Task.Run(async () =>
        {
            try
            {
                return (await host.CompleteAsync(id, "a", "Done")).Status;
            }
            catch (InvalidOperationException)
            {
                return (RunStatus?)null;
            }
        })));

        results.Count(r => r is null).ShouldBe(1);
        results.Count(r => r == RunStatus.Ok).ShouldBe(9);
        (await host.Store.LoadAsync(poisoned))!.Bookmarks.Single().NodeId.ShouldBe("a");
        foreach (var id in ids.Where(id => id != poisoned))
        {
            (await host.Store.LoadAsync(id))!.Bookmarks.Single().NodeId.ShouldBe("b");
        }

        (await host.Audit.VerifyAsync()).IsIntact.ShouldBeTrue();
    }
}
