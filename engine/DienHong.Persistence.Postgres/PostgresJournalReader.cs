using DienHong.Engine.Storage;
using Npgsql;

namespace DienHong.Persistence.Postgres;

/// <summary>
/// The journal as the engine's readers see it. The outbox position is the journal's <c>position</c> column, an
/// identity: nodes commit at once, so its values alone would not follow commit order, and the group commit takes the
/// journal-order lock (<see cref="RunBatch.JournalOrder"/>) before it adds entries and holds it to COMMIT, so a later
/// commit always gets higher positions and a cursor never skips an entry committed after it was read.
/// </summary>
public sealed class PostgresJournalReader(PostgresDatabase database) : IJournalReader
{
    private const string Columns = "instance_id, seq, at, node_id, event, actor, outcome, comment, data, hash";

    public async ValueTask<IReadOnlyList<JournalEntry>> ReadAsync(string instanceId, long afterSeq, int max, CancellationToken cancellationToken = default) =>
        await PostgresStatements.QueryAsync(
            database, $"SELECT {Columns} FROM journal WHERE instance_id = @p0 AND seq > @p1 ORDER BY seq LIMIT @p2", PostgresRows.Entry, cancellationToken, instanceId, afterSeq, max).ConfigureAwait(false);

    public async ValueTask<IReadOnlyList<PositionedEntry>> ReadAfterAsync(long position, string eventName, int max, CancellationToken cancellationToken = default) =>
        await PostgresStatements.QueryAsync(
            database,
            $"SELECT {Columns}, position FROM journal WHERE position > @p0 AND event = @p1 ORDER BY position LIMIT @p2",
            r => new PositionedEntry(r.GetInt64(10), PostgresRows.Entry(r)),
            cancellationToken,
            position, eventName, max).ConfigureAwait(false);
}
