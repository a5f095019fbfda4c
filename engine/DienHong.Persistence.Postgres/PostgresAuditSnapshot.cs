using DienHong.Engine.Audit;
using DienHong.Engine.Storage;
using DienHong.Persistence.Sqlite;
using Npgsql;

namespace DienHong.Persistence.Postgres;

/// <summary>
/// A PostgreSQL database as journal audit reads it: three sessions (PostgreSQL reads one result at a time per session)
/// in one snapshot, the first exporting it and the others adopting it; of the whole database or one instance. Ids are
/// ordered with the "C" collation, the ordinal order verify merges in, whatever the database's collation.
/// </summary>
internal sealed class PostgresAuditSnapshot : IAuditSnapshot
{
    private readonly NpgsqlConnection[] sessions;
    private readonly string? instanceId;

    private PostgresAuditSnapshot(NpgsqlConnection[] sessions, string? instanceId)
    {
        this.sessions = sessions;
        this.instanceId = instanceId;
    }

    public bool HasIntegrityTable => true;

    public static async Task<PostgresAuditSnapshot> OpenAsync(PostgresDatabase database, string? instanceId, CancellationToken cancellationToken)
    {
        var sessions = new NpgsqlConnection[3];
        try
        {
            string? snapshot = null;
            for (var i = 0; i < sessions.Length; i++)
            {
                sessions[i] = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
                await using var begin = new NpgsqlCommand("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY", sessions[i]);
                await begin.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
                await using var share = new NpgsqlCommand(snapshot is null ? "SELECT pg_export_snapshot()" : $"SET TRANSACTION SNAPSHOT '{snapshot}'", sessions[i]);
                snapshot ??= (string)(await share.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false))!;
                if (i > 0)
                {
                    await share.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
                }
            }

            return new PostgresAuditSnapshot(sessions, instanceId);
        }
        catch
        {
            foreach (var s in sessions.Where(s => s is not null))
            {
                await s.DisposeAsync().ConfigureAwait(false);
            }

            throw;
        }
    }

    public (string KeyId, long Created, string Seal)? IntegrityRecord() =>
        Rows(sessions[0], Integrity.IntegrityRecord.Select, r => ((string KeyId, long Created, string Seal)?)(r.GetString(0), r.GetInt64(1), r.GetString(2))).FirstOrDefault();

    public IReadOnlyList<Anchor> Anchors() =>
        Rows(sessions[0], $"SELECT {SqliteAuditStore.AnchorColumns} FROM anchors ORDER BY id", r =>
        {
            var heads = r.GetString(6);
            return new Anchor(r.GetInt64(0), UnixTime.FromMs(r.GetInt64(1)), r.GetInt64(2), r.GetInt64(3), r.GetInt64(4),
                r.GetString(5), heads.Length == 0 ? [] : heads.Split('\n'), r.GetString(7), r.GetString(8));
        }).ToList();

    public IEnumerable<StoredInstance> Instances(bool withSeals) =>
        Rows(sessions[0], $"SELECT {RowReader.InstanceColumns}, seal FROM instances {Scope("id")} ORDER BY id COLLATE \"C\"",
            r => new StoredInstance(PostgresRows.Instance(r), PostgresRows.Blob(r, RowReader.InstanceColumnCount)));

    public IEnumerable<BookmarkRecord> Bookmarks() =>
        Rows(sessions[1], $"SELECT {RowReader.BookmarkColumns} FROM bookmarks {Scope("instance_id")} ORDER BY instance_id COLLATE \"C\", id COLLATE \"C\"", PostgresRows.Bookmark);

    public IEnumerable<JournalEntry> Journal() =>
        Rows(sessions[2], $"SELECT instance_id, seq, at, node_id, event, actor, outcome, comment, data, hash FROM journal {Scope("instance_id")} ORDER BY instance_id COLLATE \"C\", seq", PostgresRows.Entry);

    public void Dispose()
    {
        foreach (var s in sessions)
        {
            s.Dispose();
        }
    }

    private string Scope(string column) => instanceId is null ? string.Empty : $"WHERE {column} = @instance";

    private IEnumerable<T> Rows<T>(NpgsqlConnection session, string sql, Func<NpgsqlDataReader, T> read)
    {
        using var command = new NpgsqlCommand(sql, session);
        if (instanceId is not null)
        {
            command.Parameters.AddWithValue("instance", instanceId);
        }

        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            yield return read(reader);
        }
    }
}
