using System.Data;
using DienHong.Engine.Audit;
using DienHong.Engine.Storage;
using DienHong.Persistence.Integrity;
using DienHong.Persistence.Sqlite;
using Npgsql;

namespace DienHong.Persistence.Postgres;

/// <summary>
/// Reading instances with their open bookmarks (đọc hồ sơ): two statements, the instance rows then their bookmarks,
/// sent in one round trip, by the store's load and by the instance locks (which read under the lock they take).
/// </summary>
internal static class PostgresInstanceRead
{
    private const string OneInstance = $"SELECT {RowReader.InstanceColumns}, seal FROM instances WHERE id = @p0";
    private const string OneInstanceBookmarks = $"SELECT {RowReader.BookmarkColumns} FROM bookmarks WHERE instance_id = @p0";

    /// <summary>The statements reading the instances <paramref name="ids"/> names (any that exist) and their bookmarks.</summary>
    public static IEnumerable<NpgsqlBatchCommand> Many(string[] ids) =>
    [
        RunBatch.With($"SELECT {RowReader.InstanceColumns}, seal FROM instances WHERE id = ANY(@ids)", ("ids", ids)),
        RunBatch.With($"SELECT {RowReader.BookmarkColumns} FROM bookmarks WHERE instance_id = ANY(@ids)", ("ids", ids)),
    ];

    /// <summary>Reads one instance and its bookmarks on a pooled connection; null when there is none.</summary>
    public static async ValueTask<LoadedInstance?> LoadAsync(PostgresDatabase database, string instanceId, CancellationToken cancellationToken)
    {
        var rows = await InOneSnapshotAsync(database, [PostgresStatements.Command(OneInstance, instanceId), PostgresStatements.Command(OneInstanceBookmarks, instanceId)], cancellationToken).ConfigureAwait(false);
        return rows.TryGetValue(instanceId, out var read) ? Verify(database.Sealer, read) : null;
    }

    /// <summary>Reads the instances that exist among <paramref name="instanceIds"/> and their bookmarks in one round trip; a tampered one is set apart, not thrown for.</summary>
    public static async ValueTask<LoadedInstances> LoadManyAsync(PostgresDatabase database, IReadOnlyCollection<string> instanceIds, CancellationToken cancellationToken)
    {
        var rows = await InOneSnapshotAsync(database, Many([.. instanceIds]), cancellationToken).ConfigureAwait(false);
        return SealedRead.Split(database.Sealer, rows.Values.Select(r => (r.Record, (IReadOnlyList<BookmarkRecord>)r.Bookmarks, r.Seal)));
    }

    /// <summary>
    /// Runs the instance and bookmark reads in one repeatable-read transaction: under read committed each statement sees
    /// the database as of its own start, and a commit by another node between the two would pair an old instance row
    /// with new bookmarks, which the seal check cannot tell from tampering.
    /// </summary>
    private static async Task<Dictionary<string, InstanceRows>> InOneSnapshotAsync(PostgresDatabase database, IEnumerable<NpgsqlBatchCommand> reads, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(IsolationLevel.RepeatableRead, cancellationToken).ConfigureAwait(false);
        Dictionary<string, InstanceRows> rows;
        await using (var batch = new NpgsqlBatch(connection, transaction))
        {
            foreach (var read in reads)
            {
                batch.BatchCommands.Add(read);
            }

            await using var reader = await batch.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            rows = await ReadAsync(reader, cancellationToken).ConfigureAwait(false);
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return rows;
    }

    /// <summary>Reads the two result sets of <see cref="Many"/> (or of <see cref="LoadAsync"/>'s statements) from the reader's current one, by instance id.</summary>
    public static async Task<Dictionary<string, InstanceRows>> ReadAsync(NpgsqlDataReader reader, CancellationToken cancellationToken)
    {
        var rows = new Dictionary<string, InstanceRows>(StringComparer.Ordinal);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            var record = PostgresRows.Instance(reader);
            rows[record.Id] = new InstanceRows(record, [], PostgresRows.Blob(reader, RowReader.InstanceColumnCount));
        }

        await reader.NextResultAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            var bookmark = PostgresRows.Bookmark(reader);
            if (rows.TryGetValue(bookmark.InstanceId, out var owner))
            {
                owner.Bookmarks.Add(bookmark);
            }
        }

        return rows;
    }

    /// <summary>The instance as read, if it matches its seal; otherwise <see cref="InstanceTamperedException"/>.</summary>
    public static LoadedInstance Verify(InstanceSealer sealer, InstanceRows rows) => SealedRead.Verify(sealer, rows.Record, rows.Bookmarks, rows.Seal);
}
