using DienHong.Engine.Storage;
using DienHong.Persistence.Sqlite;
using Npgsql;

namespace DienHong.Persistence.Postgres;

/// <summary>
/// The engine's store on PostgreSQL: reads on pooled connections (an instance and its bookmarks in one round trip),
/// and runs committed in groups by <see cref="PostgresCommitWriter"/>. Nothing is cached per instance, so several
/// nodes may share the database; the row version and <see cref="PostgresInstanceLocks"/> keep their runs apart.
/// </summary>
public sealed class PostgresWorkflowStore : IWorkflowStore, IAsyncDisposable
{
    private const string DefinitionColumns = "id, key, version, status, json";
    private readonly PostgresDatabase database;
    private readonly PostgresCommitWriter writer;
    private readonly CoalescedReads<(string Key, int? Version), DefinitionVersion?> versions;

    public PostgresWorkflowStore(PostgresDatabase database)
    {
        this.database = database;
        writer = new PostgresCommitWriter(database);
        versions = new(QueryVersionAsync);
    }

    public PostgresDatabase Database => database;

    public ValueTask<StoredDefinition?> GetDefinitionAsync(string definitionId, CancellationToken cancellationToken = default) =>
        FirstAsync($"SELECT {DefinitionColumns} FROM definitions WHERE id = @p0", PostgresRows.Definition, cancellationToken, definitionId);

    public async ValueTask<StoredDefinition?> GetPublishedAsync(string key, int? version, CancellationToken cancellationToken = default) =>
        version is { } v
            ? await FirstAsync($"SELECT {DefinitionColumns} FROM definitions WHERE key = @p0 AND version = @p1 AND status = 'Published'", PostgresRows.Definition, cancellationToken, key, v).ConfigureAwait(false)
            : await FirstAsync($"SELECT {DefinitionColumns} FROM definitions WHERE key = @p0 AND status = 'Published' ORDER BY version DESC LIMIT 1", PostgresRows.Definition, cancellationToken, key).ConfigureAwait(false);

    /// <summary>The version a start runs: concurrent starts of one definition share one query (<see cref="CoalescedReads{TKey, TValue}"/>).</summary>
    public async ValueTask<DefinitionVersion?> FindVersionAsync(string key, int? version, CancellationToken cancellationToken = default) =>
        await versions.ReadAsync((key, version), cancellationToken).ConfigureAwait(false);

    private async Task<DefinitionVersion?> QueryVersionAsync((string Key, int? Version) wanted)
    {
        static DefinitionVersion Read(NpgsqlDataReader r) => new(r.GetString(0), r.GetString(1), r.GetInt32(2), Enum.Parse<DefinitionStatus>(r.GetString(3)));
        return wanted.Version is { } v
            ? await FirstAsync("SELECT id, key, version, status FROM definitions WHERE key = @p0 AND version = @p1", Read, CancellationToken.None, wanted.Key, v).ConfigureAwait(false)
            : await FirstAsync("SELECT id, key, version, status FROM definitions WHERE key = @p0 AND status = 'Published' ORDER BY version DESC LIMIT 1", Read, CancellationToken.None, wanted.Key).ConfigureAwait(false);
    }

    public ValueTask<string?> FindInstanceOfBookmarkAsync(string bookmarkId, CancellationToken cancellationToken = default) =>
        FirstAsync("SELECT instance_id FROM bookmarks WHERE id = @p0", r => r.GetString(0), cancellationToken, bookmarkId);

    public ValueTask<string?> FindInstanceByCorrelationAsync(string correlationKey, CancellationToken cancellationToken = default) =>
        FirstAsync("SELECT id FROM instances WHERE correlation_key = @p0", r => r.GetString(0), cancellationToken, correlationKey);

    /// <summary>Reads an instance with its open bookmarks in one round trip; throws <see cref="InstanceTamperedException"/> when they fail the seal.</summary>
    public ValueTask<LoadedInstance?> LoadAsync(string instanceId, CancellationToken cancellationToken = default) =>
        PostgresInstanceRead.LoadAsync(database, instanceId, cancellationToken);

    public ValueTask<LoadedInstances> LoadManyAsync(IReadOnlyCollection<string> instanceIds, CancellationToken cancellationToken = default) =>
        PostgresInstanceRead.LoadManyAsync(database, instanceIds, cancellationToken);

    public async ValueTask<IReadOnlyList<DueWake>> DueAsync(DateTimeOffset until, int max, CancellationToken cancellationToken = default) =>
        await ListAsync("SELECT instance_id, id, wake_at FROM bookmarks WHERE wake_at IS NOT NULL AND wake_at <= @p0 ORDER BY wake_at LIMIT @p1",
            r => new DueWake(r.GetString(0), r.GetString(1), UnixTime.FromMs(r.GetInt64(2))), cancellationToken, until.ToUnixTimeMilliseconds(), max).ConfigureAwait(false);

    public async ValueTask<IReadOnlyList<BookmarkRecord>> FindBookmarksAsync(BookmarkKind kind, string key, string? instanceId, CancellationToken cancellationToken = default) =>
        instanceId is null
            ? await ListAsync($"SELECT {RowReader.BookmarkColumns} FROM bookmarks WHERE kind = @p0 AND key = @p1 ORDER BY created_at", PostgresRows.Bookmark, cancellationToken, kind.ToString(), key).ConfigureAwait(false)
            : await ListAsync($"SELECT {RowReader.BookmarkColumns} FROM bookmarks WHERE kind = @p0 AND key = @p1 AND instance_id = @p2 ORDER BY created_at", PostgresRows.Bookmark, cancellationToken, kind.ToString(), key, instanceId).ConfigureAwait(false);

    public ValueTask CommitAsync(RunChanges changes, CancellationToken cancellationToken = default) => new(writer.CommitAsync(changes));

    public ValueTask DisposeAsync() => writer.DisposeAsync();

    private async ValueTask<T?> FirstAsync<T>(string sql, Func<NpgsqlDataReader, T> read, CancellationToken cancellationToken, params object[] values)
    {
        var rows = await ListAsync(sql, read, cancellationToken, values).ConfigureAwait(false);
        return rows.Count == 0 ? default : rows[0];
    }

    private ValueTask<List<T>> ListAsync<T>(string sql, Func<NpgsqlDataReader, T> read, CancellationToken cancellationToken, params object[] values) =>
        PostgresStatements.QueryAsync(database, sql, read, cancellationToken, values);
}
