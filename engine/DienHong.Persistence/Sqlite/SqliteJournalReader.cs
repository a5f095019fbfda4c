using DienHong.Engine.Storage;

namespace DienHong.Persistence.Sqlite;

/// <summary>
/// The journal as the engine's readers see it. The outbox position is SQLite's rowid: the journal is append-only and
/// SQLite has one writer at a time, so a later commit always has higher rowids and a cursor never skips an entry
/// committed after it was read.
/// </summary>
public sealed class SqliteJournalReader(SqliteDatabase database) : IJournalReader
{
    internal const string Columns = "instance_id, seq, at, node_id, event, actor, outcome, comment, data, hash";

    public ValueTask<IReadOnlyList<JournalEntry>> ReadAsync(string instanceId, long afterSeq, int max, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult<IReadOnlyList<JournalEntry>>(Statements.Query(
            database, $"SELECT {Columns} FROM journal WHERE instance_id = @p0 AND seq > @p1 ORDER BY seq LIMIT @p2", r => Entry(r, 0), instanceId, afterSeq, max));

    public ValueTask<IReadOnlyList<PositionedEntry>> ReadAfterAsync(long position, string eventName, int max, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult<IReadOnlyList<PositionedEntry>>(Statements.Query(
            database,
            $"SELECT rowid, {Columns} FROM journal WHERE rowid > @p0 AND event = @p1 ORDER BY rowid LIMIT @p2",
            r => new PositionedEntry(r.GetInt64(0), Entry(r, 1)),
            position, eventName, max));

    /// <summary>A journal row whose <see cref="Columns"/> start at <paramref name="first"/>.</summary>
    internal static JournalEntry Entry(RawRow r, int first) => new(
        r.GetString(first), r.GetInt64(first + 1), UnixTime.FromMs(r.GetInt64(first + 2)), r.GetNullableString(first + 3), r.GetString(first + 4),
        r.GetNullableString(first + 5), r.GetNullableString(first + 6), r.GetNullableString(first + 7), r.GetNullableString(first + 8), r.GetString(first + 9));
}
