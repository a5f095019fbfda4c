using DienHong.Engine.Storage;
using DienHong.Persistence.Anchors;
using DienHong.Persistence.Integrity;
using DienHong.Persistence.Sqlite;
using Microsoft.Data.Sqlite;

namespace DienHong.Persistence.Verification;

/// <summary>A SQLite file as verify reads it, on a connection inside the caller's transaction (one snapshot).</summary>
internal sealed class SqliteVerificationSource(SqliteConnection connection) : IVerificationSource
{
    public bool HasIntegrityTable { get; } =
        SqliteDatabase.Scalar(connection, "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'integrity'") > 0;

    public (string KeyId, long Created, string Seal)? IntegrityRecord()
    {
        using var command = connection.CreateCommand();
        command.CommandText = Integrity.IntegrityRecord.Select;
        using var r = command.ExecuteReader();
        return r.Read() ? (r.GetString(0), r.GetInt64(1), r.GetString(2)) : null;
    }

    public IReadOnlyList<Anchor> Anchors() => JournalAnchors.Read(connection);

    public IEnumerable<StoredInstance> Instances(bool withSeals) =>
        Stream($"SELECT {RowReader.InstanceColumns}, {(withSeals ? "seal" : "NULL")} FROM instances ORDER BY id",
            r => new StoredInstance(RowReader.Instance(r), r.GetNullableBlob(RowReader.InstanceColumnCount)));

    public IEnumerable<BookmarkRecord> Bookmarks() => Stream($"SELECT {RowReader.BookmarkColumns} FROM bookmarks ORDER BY instance_id, id", RowReader.Bookmark);

    public IEnumerable<JournalEntry> Journal() => Stream("SELECT instance_id, seq, at, node_id, event, actor, outcome, comment, data, hash FROM journal ORDER BY instance_id, seq", Entry);

    private IEnumerable<T> Stream<T>(string sql, Func<RawRow, T> read)
    {
        using var statement = new RawStatement(connection, sql);
        foreach (var row in statement.Stream(read))
        {
            yield return row;
        }
    }

    private static JournalEntry Entry(RawRow r) => new(
        r.GetString(0), r.GetInt64(1), UnixTime.FromMs(r.GetInt64(2)), r.GetNullableString(3), r.GetString(4),
        r.GetNullableString(5), r.GetNullableString(6), r.GetNullableString(7), r.GetNullableString(8), r.GetString(9));
}
