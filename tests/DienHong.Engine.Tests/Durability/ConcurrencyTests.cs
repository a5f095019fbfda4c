using DienHong.Engine.Runtime;
using DienHong.Engine.Storage;
using Shouldly;
using Xunit;

namespace DienHong.Engine.Tests.Durability;

/// <summary>A bookmark is consumed exactly once, however many callers race for it, in one engine or across several.</summary>
public sealed class ConcurrencyTests
{
    [Fact]
    public async Task Fifty_parallel_resumes_of_one_bookmark_take_effect_once()
    {
        await using var host = await TestHost.CreateAsync();
        await host.PublishAsync(Flows.TwoTasks());
        var started = await host.StartAsync("two-tasks");
        var bookmark = started.OpenBookmarks.Single();

        var results = await Task.WhenAll(Enumerable.Range(0, 50).Select(i => Task.Run(() =>
            host.Engine.ResumeAsync(bookmark.Id, new ResumeInput($"user-{i}", "Done"), i % 2 == 0 ? started.InstanceId : null))));

        AssertExactlyOnce(results);
        await AssertOneCompletion(host, started.InstanceId!);
    }

    [Fact]
    public async Task Two_engines_on_one_file_racing_for_a_bookmark_take_effect_once()
    {
        await using var first = await TestHost.CreateAsync();
        await using var second = await first.ReopenAsync();
        await first.PublishAsync(Flows.TwoTasks());
        var started = await first.StartAsync("two-tasks");
        var bookmark = started.OpenBookmarks.Single();

        // The engines do not share the in-process lock: only the row version keeps the second writer out.
        var results = await Task.WhenAll(Enumerable.Range(0, 50).Select(i => Task.Run(() =>
            (i % 2 == 0 ? first : second).Engine.ResumeAsync(bookmark.Id, new ResumeInput($"user-{i}", "Done"), started.InstanceId))));

        AssertExactlyOnce(results);
        await AssertOneCompletion(first, started.InstanceId!);
        (await first.Audit.VerifyAsync()).IsIntact.ShouldBeTrue();
    }

    [Fact]
    public async Task A_commit_built_from_stale_state_is_a_conflict_and_changes_nothing()
    {
        await using var first = await TestHost.CreateAsync();
        await using var second = await first.ReopenAsync();
        await first.PublishAsync(Flows.TwoTasks());
        var started = await first.StartAsync("two-tasks");
        var a = (await first.Store.LoadAsync(started.InstanceId!))!;
        var b = (await second.Store.LoadAsync(started.InstanceId!))!;
        a.Instance.RowVersion.ShouldBe(b.Instance.RowVersion);

        await first.Store.CommitAsync(Touch(a, "first"));
        var afterFirst = DatabaseDump.Of(first.DatabasePath);
        var conflict = await Should.ThrowAsync<ConcurrencyConflictException>(async () => await second.Store.CommitAsync(Touch(b, "second")));

        conflict.DuplicateCorrelation.ShouldBeFalse();
        DatabaseDump.Of(first.DatabasePath).ShouldBe(afterFirst);
        var now = (await second.Store.LoadAsync(started.InstanceId!))!.Instance;
        now.RowVersion.ShouldBe(a.Instance.RowVersion + 1);
        now.Variables.ShouldContain("first");
    }

    [Fact]
    public async Task Two_starts_with_one_correlation_key_give_one_instance()
    {
        await using var host = await TestHost.CreateAsync();
        await host.PublishAsync(Flows.TwoTasks());

        var results = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => Task.Run(() => host.StartAsync("two-tasks", correlation: "salary:E0142:2027"))));

        results.Count(r => r.Status == RunStatus.Ok).ShouldBe(1);
        results.Where(r => r.Status != RunStatus.Ok).ShouldAllBe(r => r.Status == RunStatus.Duplicate);
        DatabaseDump.Count(host.DatabasePath, "SELECT COUNT(*) FROM instances").ShouldBe(1);
    }

    private static RunChanges Touch(LoadedInstance loaded, string writer)
    {
        var i = loaded.Instance;
        return new RunChanges(i with { Variables = $"{{\"writer\":\"{writer}\"}}", RowVersion = i.RowVersion + 1 }, false, i.RowVersion, [], [], [], [], [], loaded.Bookmarks);
    }

    private static void AssertExactlyOnce(RunResult[] results)
    {
        results.Count(r => r.Status == RunStatus.Ok).ShouldBe(1, string.Join("; ", results.Select(r => $"{r.Status}: {r.Message}").Distinct()));
        results.Where(r => r.Status != RunStatus.Ok).ShouldAllBe(r => r.Status == RunStatus.AlreadyConsumed || r.Status == RunStatus.Conflict);
        results.Single(r => r.Status == RunStatus.Ok).OpenBookmarks.Single().NodeId.ShouldBe("b");
    }

    private static async Task AssertOneCompletion(TestHost host, string instanceId)
    {
        var journal = await host.JournalAsync(instanceId);
        journal.Count(j => j.NodeId == "a" && j.Event == "TaskCompleted").ShouldBe(1);
        journal.Count(j => j.NodeId == "b" && j.Event == "TaskCreated").ShouldBe(1);
        var loaded = await host.Store.LoadAsync(instanceId);
        loaded!.Bookmarks.Single().NodeId.ShouldBe("b");
        DatabaseDump.Count(host.DatabasePath, $"SELECT COUNT(*) FROM bookmarks WHERE instance_id = '{instanceId}'").ShouldBe(1);
    }
}
