using DienHong.Engine.Runtime;
using DienHong.Engine.Storage;
using DienHong.Engine.Tests.Durability;
using DienHong.Persistence.Postgres;
using DienHong.Testing;
using Shouldly;
using Xunit;

namespace DienHong.Cluster.Tests;

/// <summary>
/// The round trips the PostgreSQL store saves per run keep its guarantees: the read folded into the lock's round trip
/// sees every commit made before the lock, a tampered instance releases the lock it was read under, and a closed
/// node's lock session drops its locks at once.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresHotPathTests(PostgresServer server)
{
    [PostgresFact]
    public async Task The_read_taken_with_the_lock_is_the_instance_as_stored()
    {
        await using var node = await PgNode.CreateAsync(server);
        await node.PublishAsync(Flows.TwoTasks());
        var started = await node.StartAsync("two-tasks");
        var locks = Loading(node);

        var locked = await locks.AcquireAndLoadAsync(started.InstanceId!, CancellationToken.None);
        await using (locked.Hold)
        {
            var stored = (await node.Store.LoadAsync(started.InstanceId!))!;
            locked.Loaded!.Instance.ShouldBe(stored.Instance);
            locked.Loaded.Bookmarks.ShouldBe(stored.Bookmarks);
        }

        var missing = await locks.AcquireAndLoadAsync("no-such-instance", CancellationToken.None);
        await using (missing.Hold)
        {
            missing.Loaded.ShouldBeNull();
        }
    }

    [PostgresFact]
    public async Task A_read_that_waited_for_another_nodes_lock_sees_what_that_node_committed()
    {
        await using var first = await PgNode.CreateAsync(server);
        await using var second = await first.SecondNodeAsync();
        await first.PublishAsync(Flows.TwoTasks());
        var id = (await first.StartAsync("two-tasks")).InstanceId!;
        var probe = new PostgresLocksProbe(second);

        var held = await Loading(first).AcquireAndLoadAsync(id, CancellationToken.None);
        var waiting = Loading(second).AcquireAndLoadAsync(id, CancellationToken.None).AsTask();
        await probe.WaitUntilWaitingAsync();
        var before = held.Loaded!.Instance;
        await first.Store.CommitAsync(new RunChanges(before with { Variables = "{\"by\":\"first\"}", RowVersion = before.RowVersion + 1 }, false, before.RowVersion, [], [], [], [], [], held.Loaded.Bookmarks));
        await held.Hold.DisposeAsync();

        var after = await waiting.WaitAsync(TimeSpan.FromSeconds(10));
        await using (after.Hold)
        {
            after.Loaded!.Instance.RowVersion.ShouldBe(before.RowVersion + 1);
            after.Loaded.Instance.Variables.ShouldBe("{\"by\":\"first\"}");
        }
    }

    [PostgresFact]
    public async Task A_tampered_instance_read_with_its_lock_is_refused_and_the_lock_let_go()
    {
        await using var first = await PgNode.CreateAsync(server);
        await using var second = await first.SecondNodeAsync();
        first.Tampered = second.Tampered = true;
        await first.PublishAsync(Flows.TwoTasks());
        var id = (await first.StartAsync("two-tasks")).InstanceId!;
        await first.ExecuteAsync($"UPDATE instances SET variables = '{{\"salary\":999}}' WHERE id = '{id}'");

        (await Should.ThrowAsync<InstanceTamperedException>(() => Loading(first).AcquireAndLoadAsync(id, CancellationToken.None).AsTask())).InstanceId.ShouldBe(id);

        await using var taken = await new PostgresLocksProbe(second).Locks.AcquireAsync(id, CancellationToken.None).AsTask().WaitAsync(TimeSpan.FromSeconds(10));
    }

    [PostgresFact]
    public async Task A_closed_nodes_locks_are_free_at_once_even_those_it_never_released()
    {
        await using var first = await PgNode.CreateAsync(server);
        await using var second = await first.SecondNodeAsync();
        var locks = new PostgresInstanceLocks(first.Database);
        await locks.AcquireAsync("instance-1", CancellationToken.None);
        await locks.AcquireAndLoadAsync("instance-2", CancellationToken.None);

        await locks.DisposeAsync();

        (await first.CountAsync("SELECT count(*) FROM pg_locks WHERE locktype = 'advisory'")).ShouldBe(0);
        await using var taken = await new PostgresLocksProbe(second).Locks.AcquireAsync("instance-1", CancellationToken.None).AsTask().WaitAsync(TimeSpan.FromSeconds(10));
    }

    private static ILoadingInstanceLocks Loading(PgNode node) => (ILoadingInstanceLocks)new PostgresLocksProbe(node).Locks;
}
