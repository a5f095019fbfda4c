using DienHong.Engine.Journal;
using DienHong.Engine.Storage;
using DienHong.Engine.Tests.Durability;
using DienHong.Persistence.Postgres;
using DienHong.Testing;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Shouldly;
using Xunit;

namespace DienHong.Cluster.Tests;

/// <summary>
/// The journal's outbox positions follow commit order across writers: a commit that adds entries while another
/// transaction holding lower positions is still open waits for it, so a reader keeping its last position never skips.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresJournalOrderTests(PostgresServer server)
{
    [PostgresFact]
    public async Task A_reader_keeping_its_position_sees_an_entry_committed_after_a_later_numbered_one_would_have_been()
    {
        await using var node = await PgNode.CreateAsync(server);
        node.Tampered = true; // the other writer's entry has no instance, so the database does not verify
        await node.PublishAsync(Flows.TwoTasks());
        var journal = node.Services.GetRequiredService<IJournalReader>();

        // Another writer (another node's group commit) has added an entry and not yet committed.
        await using var other = new NpgsqlConnection(node.ConnectionString);
        await other.OpenAsync();
        await using var transaction = await other.BeginTransactionAsync();
        await using (var lockAndAdd = new NpgsqlCommand(
            RunBatch.JournalOrder + "; INSERT INTO journal (instance_id, seq, at, event, hash) VALUES ('other', 1, 0, @event, 'h')", other, transaction))
        {
            lockAndAdd.Parameters.AddWithValue("event", JournalEvents.InstanceStarted);
            await lockAndAdd.ExecuteNonQueryAsync();
        }

        var start = node.StartAsync("two-tasks");
        await WaitUntilAsync(async () => start.IsCompleted || await node.CountAsync("SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND NOT granted") > 0);
        var seen = await journal.ReadAfterAsync(0, JournalEvents.InstanceStarted, 100);
        var cursor = seen.Count == 0 ? 0 : seen[^1].Position;

        await transaction.CommitAsync();
        (await start).InstanceId.ShouldNotBeNull();
        var later = await journal.ReadAfterAsync(cursor, JournalEvents.InstanceStarted, 100);

        seen.Concat(later).Select(e => e.Entry.InstanceId).ShouldBe(["other", (await start).InstanceId!]);
    }

    private static async Task WaitUntilAsync(Func<Task<bool>> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (!await condition())
        {
            DateTime.UtcNow.ShouldBeLessThan(deadline, "neither committed nor waiting for the journal-order lock");
            await Task.Delay(20);
        }
    }
}
