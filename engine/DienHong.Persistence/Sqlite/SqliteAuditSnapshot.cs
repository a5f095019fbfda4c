using DienHong.Engine.Audit;
using DienHong.Engine.Storage;
using DienHong.Persistence.Integrity;
using Microsoft.Data.Sqlite;

namespace DienHong.Persistence.Sqlite;

/// <summary>A SQLite file as journal audit reads it: one connection inside one deferred transaction (one snapshot), of the whole file or one instance.</summary>
internal sealed class SqliteAuditSnapshot : IAuditSnapshot
{
    private readonly SqliteConnection connection;
    private readonly SqliteTransaction snapshot;
    private readonly string? instanceId;

    public SqliteAuditSnapshot(SqliteDatabase database, string? instanceId)
    {
        connection = database.Open();
        snapshot = connection.BeginTransaction(deferred: true);
        this.instanceId = instanceId;
        HasIntegrityTable = SqliteDatabase.Scalar(connection, "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'integrity'") > 0;
    }

    public bool HasIntegrityTable { get; }

    public (string KeyId, long Created, string Seal)? IntegrityRecord()
    {
        using var command = connection.CreateCommand();
        command.CommandText = Integrity.IntegrityRecord.Select;
        using var r = command.ExecuteReader();
        return r.Read() ? (r.GetString(0), r.GetInt64(1), r.GetString(2)) : null;
    }

    public IReadOnlyList<Anchor> Anchors()
    {
        using var statement = new RawStatement(connection, $"SELECT {SqliteAuditStore.AnchorColumns} FROM anchors ORDER BY id");
        return statement.Query(r =>
        {
            var heads = r.GetString(6);
            return new Anchor(r.GetInt64(0), UnixTime.FromMs(r.GetInt64(1)), r.GetInt64(2), r.GetInt64(3), r.GetInt64(4),
                r.GetString(5), heads.Length == 0 ? [] : heads.Split('\n'), r.GetString(7), r.GetString(8));
        });
    }

    public IEnumerable<StoredInstance> Instances(bool withSeals) =>
        Stream($"SELECT {RowReader.InstanceColumns}, {(withSeals ? "seal" : "NULL")} FROM instances {Scope("id")} ORDER BY id",
            r => new StoredInstance(RowReader.Instance(r), r.GetNullableBlob(RowReader.InstanceColumnCount)));

    public IEnumerable<BookmarkRecord> Bookmarks() =>
        Stream($"SELECT {RowReader.BookmarkColumns} FROM bookmarks {Scope("instance_id")} ORDER BY instance_id, id", RowReader.Bookmark);

    public IEnumerable<JournalEntry> Journal() =>
        Stream($"SELECT instance_id, seq, at, node_id, event, actor, outcome, comment, data, hash FROM journal {Scope("instance_id")} ORDER BY instance_id, seq", Entry);

    public void Dispose()
    {
        snapshot.Dispose();
        connection.Dispose();
    }

    private string Scope(string column) => instanceId is null ? string.Empty : $"WHERE {column} = @p0";

    private IEnumerable<T> Stream<T>(string sql, Func<RawRow, T> read)
    {
        using var statement = new RawStatement(connection, sql);
        foreach (var row in instanceId is null ? statement.Stream(read) : statement.Stream(read, instanceId))
        {
            yield return row;
        }
    }

    private static JournalEntry Entry(RawRow r) => new(
        r.GetString(0), r.GetInt64(1), UnixTime.FromMs(r.GetInt64(2)), r.GetNullableString(3), r.GetString(4),
        r.GetNullableString(5), r.GetNullableString(6), r.GetNullableString(7), r.GetNullableString(8), r.GetString(9));
}
