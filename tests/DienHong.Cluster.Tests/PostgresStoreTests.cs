using DienHong.Engine.Audit;
using DienHong.Engine.Runtime;
using DienHong.Engine.Security;
using DienHong.Engine.Storage;
using DienHong.Engine.Tests.Durability;
using DienHong.Persistence.Postgres;
using DienHong.Testing;
using Npgsql;
using Shouldly;
using Xunit;

namespace DienHong.Cluster.Tests;

/// <summary>The PostgreSQL store keeps the SQLite store's guarantees: atomic commits, row version, exactly-once resumes, unique correlation keys, chains and seals.</summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresStoreTests(PostgresServer server)
{
    [PostgresFact]
    public async Task An_instance_runs_to_its_end_and_its_journal_and_seals_verify()
    {
        await using var node = await PgNode.CreateAsync(server);
        await node.PublishAsync(Flows.TwoTasks());
        var started = await node.StartAsync("two-tasks");
        started.Status.ShouldBe(RunStatus.Ok);

        foreach (var task in new[] { "a", "b" })
        {
            var open = (await node.Store.LoadAsync(started.InstanceId!))!.Bookmarks.Single(b => b.NodeId == task);
            (await node.Engine.ResumeAsync(open.Id, new ResumeInput("tester", "Done"), started.InstanceId)).Status.ShouldBe(RunStatus.Ok);
        }

        var done = (await node.Store.LoadAsync(started.InstanceId!))!;
        done.Instance.Status.ShouldBe(InstanceStatus.Completed);
        done.Instance.Outcome.ShouldBe("Finished");
        done.Bookmarks.ShouldBeEmpty();
        var verification = await node.Audit.VerifyAsync();
        verification.IsIntact.ShouldBeTrue(string.Join("; ", verification.Discrepancies));
        verification.SealsChecked.ShouldBeTrue();
        verification.Instances.ShouldBe(1);
        verification.Entries.ShouldBe(done.Instance.JournalSeq);
        (await node.CountAsync("SELECT instances_created FROM integrity")).ShouldBe(1);
    }

    [PostgresFact]
    public async Task Two_nodes_racing_for_one_bookmark_give_one_winner_and_tell_the_others_it_was_consumed()
    {
        await using var first = await PgNode.CreateAsync(server);
        await using var second = await first.SecondNodeAsync();
        await first.PublishAsync(Flows.TwoTasks());
        var started = await first.StartAsync("two-tasks");
        var bookmark = started.OpenBookmarks.Single();

        var results = await Task.WhenAll(Enumerable.Range(0, 40).Select(i => Task.Run(() =>
            (i % 2 == 0 ? first : second).Engine.ResumeAsync(bookmark.Id, new ResumeInput($"user-{i}", "Done"), started.InstanceId))));

        results.Count(r => r.Status == RunStatus.Ok).ShouldBe(1);
        // The cross-node lock makes the others wait and read the consumed bookmark: none is left to the row version.
        results.Where(r => r.Status != RunStatus.Ok).ShouldAllBe(r => r.Status == RunStatus.AlreadyConsumed);
        (await first.CountAsync($"SELECT count(*) FROM journal WHERE instance_id = '{started.InstanceId}' AND node_id = 'a' AND event = 'TaskCompleted'")).ShouldBe(1);
    }

    [PostgresFact]
    public async Task A_commit_built_from_stale_state_is_a_conflict_and_changes_nothing()
    {
        await using var first = await PgNode.CreateAsync(server);
        await using var second = await first.SecondNodeAsync();
        await first.PublishAsync(Flows.TwoTasks());
        var started = await first.StartAsync("two-tasks");
        var a = (await first.Store.LoadAsync(started.InstanceId!))!;
        var b = (await second.Store.LoadAsync(started.InstanceId!))!;

        await first.Store.CommitAsync(Touch(a, "first"));
        var conflict = await Should.ThrowAsync<ConcurrencyConflictException>(async () => await second.Store.CommitAsync(Touch(b, "second")));

        conflict.DuplicateCorrelation.ShouldBeFalse();
        var now = (await second.Store.LoadAsync(started.InstanceId!))!.Instance;
        now.RowVersion.ShouldBe(a.Instance.RowVersion + 1);
        now.Variables.ShouldContain("first");
    }

    [PostgresFact]
    public async Task Starts_with_one_correlation_key_on_two_nodes_give_one_instance()
    {
        await using var first = await PgNode.CreateAsync(server);
        await using var second = await first.SecondNodeAsync();
        await first.PublishAsync(Flows.TwoTasks());

        var results = await Task.WhenAll(Enumerable.Range(0, 20).Select(i => Task.Run(() => (i % 2 == 0 ? first : second).StartAsync("two-tasks", "salary:E0142:2027"))));

        results.Count(r => r.Status == RunStatus.Ok).ShouldBe(1);
        results.Where(r => r.Status != RunStatus.Ok).ShouldAllBe(r => r.Status == RunStatus.Duplicate);
        (await first.CountAsync("SELECT count(*) FROM instances")).ShouldBe(1);
        (await first.CountAsync("SELECT instances_created FROM integrity")).ShouldBe(1);
    }

    [PostgresFact]
    public async Task A_run_that_fails_in_a_group_commit_fails_alone()
    {
        await using var node = await PgNode.CreateAsync(server);
        await node.PublishAsync(Flows.TwoTasks());
        var ids = new List<string>();
        for (var i = 0; i < 12; i++)
        {
            ids.Add((await node.StartAsync("two-tasks")).InstanceId!);
        }

        var loaded = new List<LoadedInstance>();
        foreach (var id in ids)
        {
            loaded.Add((await node.Store.LoadAsync(id))!);
        }

        // The sixth run repeats its instance's first journal entry: the group's insert fails on the primary key.
        var broken = loaded[5];
        var repeat = (await node.Store.LoadAsync(broken.Instance.Id))!;
        var commits = loaded.Select((l, i) => i == 5
            ? node.Store.CommitAsync(Touch(l, "broken") with { Journal = [FirstEntry(node, l.Instance.Id)] }).AsTask()
            : node.Store.CommitAsync(Touch(l, "good")).AsTask()).ToList();

        var failure = await Should.ThrowAsync<PostgresException>(() => commits[5]);
        failure.SqlState.ShouldBe(PostgresErrorCodes.UniqueViolation);
        for (var i = 0; i < commits.Count; i++)
        {
            if (i != 5)
            {
                await commits[i];
                (await node.Store.LoadAsync(ids[i]))!.Instance.Variables.ShouldContain("good");
            }
        }

        (await node.Store.LoadAsync(broken.Instance.Id))!.Instance.ShouldBe(repeat.Instance);
    }

    [PostgresFact]
    public async Task A_row_changed_outside_the_engine_is_refused_and_verify_names_it()
    {
        await using var node = await PgNode.CreateAsync(server);
        node.Tampered = true;
        await node.PublishAsync(Flows.TwoTasks());
        var started = await node.StartAsync("two-tasks");
        await node.ExecuteAsync($"UPDATE instances SET variables = '{{\"salary\":999}}' WHERE id = '{started.InstanceId}'");

        var resume = await node.Engine.ResumeAsync(started.OpenBookmarks.Single().Id, new ResumeInput("tester", "Done"), started.InstanceId);

        resume.Status.ShouldBe(RunStatus.Tampered);
        var verification = await node.Audit.VerifyAsync();
        verification.Discrepancies.ShouldContain(d => d.Kind == DiscrepancyKind.SealBroken && d.InstanceId == started.InstanceId);
    }

    [PostgresFact]
    public async Task A_node_holding_an_instance_keeps_another_node_waiting_until_it_lets_go()
    {
        await using var first = await PgNode.CreateAsync(server);
        await using var second = await first.SecondNodeAsync();
        var locksOfFirst = new PostgresLocksProbe(first);
        var locksOfSecond = new PostgresLocksProbe(second);

        var held = await locksOfFirst.Locks.AcquireAsync("instance-1", CancellationToken.None);
        var waiting = locksOfSecond.Locks.AcquireAsync("instance-1", CancellationToken.None).AsTask();
        await locksOfSecond.WaitUntilWaitingAsync();
        waiting.IsCompleted.ShouldBeFalse();
        var other = await locksOfSecond.Locks.AcquireAsync("instance-2", CancellationToken.None);
        await other.DisposeAsync();

        await held.DisposeAsync();
        await using var taken = await waiting.WaitAsync(TimeSpan.FromSeconds(10));
    }

    [PostgresFact]
    public async Task Closing_the_locks_while_releases_are_on_their_way_waits_for_them_and_frees_every_lock()
    {
        await using var node = await PgNode.CreateAsync(server);
        var locks = new PostgresInstanceLocks(node.Database);
        await Task.WhenAll(Enumerable.Range(0, 200).Select(async i =>
        {
            var held = await locks.AcquireAsync($"instance-{i}", CancellationToken.None);
            await held.DisposeAsync();
        }));

        // The releases are queued, not awaited: closing now must wait for the round trip under way, not read beside it.
        await locks.DisposeAsync().AsTask().WaitAsync(TimeSpan.FromSeconds(30));

        (await node.CountAsync("SELECT count(*) FROM pg_locks WHERE locktype = 'advisory'")).ShouldBe(0);
    }

    [PostgresFact]
    public async Task A_node_with_other_keys_is_refused_at_start()
    {
        await using var node = await PgNode.CreateAsync(server);
        var otherKeys = Path.Combine(Directory.CreateTempSubdirectory("dienhong-pg-keys-").FullName, "dienhong.keys");
        new FileKeyring(otherKeys).EnsureCreated();

        var refusal = await Should.ThrowAsync<KeyringException>(() => PgNode.OpenAsync(node.ConnectionString, otherKeys, node.Clock));

        refusal.Problem.ShouldBe(KeyringProblem.WrongKeys);
    }

    private static RunChanges Touch(LoadedInstance loaded, string writer)
    {
        var i = loaded.Instance;
        return new RunChanges(i with { Variables = $"{{\"writer\":\"{writer}\"}}", RowVersion = i.RowVersion + 1 }, false, i.RowVersion, [], [], [], [], [], loaded.Bookmarks);
    }

    private static JournalEntry FirstEntry(PgNode node, string instanceId) =>
        new(instanceId, 1, node.Clock.GetUtcNow(), null, "Repeated", null, null, null, null, "x");
}
