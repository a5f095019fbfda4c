using DienHong.Engine.Storage;
using DienHong.Persistence.Sqlite;

namespace DienHong.Persistence.Postgres;

/// <summary>The instance list on the instances table, newest first (index on creation time), and incidents by instance.</summary>
public sealed class PostgresInstanceQueries(PostgresDatabase database) : IInstanceQueries
{
    // Ids compare byte by byte, as on SQLite, whatever the database's collation.
    private const string Id = "i.id COLLATE \"C\"";

    public async ValueTask<Page<InstanceSummary>> ListAsync(InstanceQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentOutOfRangeException.ThrowIfLessThan(query.PageSize, 1);
        var filter = new Filter();
        if (query.DefinitionKey is { } key)
        {
            filter.Where("i.definition_key = {}", key);
        }

        if (query.Status is { } status)
        {
            filter.Where("i.status = {}", status.ToString());
        }

        if (query.Agency is { } agency)
        {
            filter.Where("i.agency = {}", agency);
        }

        if (query.CorrelationPrefix is { } prefix)
        {
            filter.Where("starts_with(i.correlation_key, {})", prefix);
        }

        if (query.OverdueAt is { } now)
        {
            filter.Where("EXISTS (SELECT 1 FROM bookmarks b WHERE b.instance_id = i.id AND b.kind = 'Task' AND b.due_at < {})", UnixTime.ToMs(now));
        }

        if (query.Involving is { } involving)
        {
            filter.Involving(involving);
        }

        var total = (await PostgresStatements.QueryAsync(database, $"SELECT count(*) FROM instances i {filter}", r => r.GetInt64(0), cancellationToken, [.. filter.Values]).ConfigureAwait(false))[0];
        if (Keyset.Parse(query.After) is { } after)
        {
            filter.Where($"(i.created_at < {{}} OR (i.created_at = {{}} AND {Id} < {{}}))", after.Sort, after.Sort, after.Id);
        }

        var limit = filter.Next(query.PageSize + 1);
        var rows = await PostgresStatements.QueryAsync(
            database,
            $"""
            SELECT i.id, i.definition_key, i.definition_version, i.status, i.outcome, i.correlation_key, i.agency, i.created_at, i.updated_at, i.completed_at,
                (SELECT min(b.due_at) FROM bookmarks b WHERE b.instance_id = i.id AND b.kind = 'Task') AS next_due_at, i.definition_id, i.variables
            FROM instances i {filter} ORDER BY i.created_at DESC, {Id} DESC LIMIT {limit}
            """,
            r => new InstanceSummary(r.GetString(0), r.GetString(1), r.GetInt32(2), Enum.Parse<InstanceStatus>(r.GetString(3)), PostgresRows.Text(r, 4),
                PostgresRows.Text(r, 5), PostgresRows.Text(r, 6), UnixTime.FromMs(r.GetInt64(7)), UnixTime.FromMs(r.GetInt64(8)), PostgresRows.Time(r, 9))
            {
                NextDueAt = PostgresRows.Time(r, 10),
                DefinitionId = r.GetString(11),
                Variables = r.GetString(12),
            },
            cancellationToken,
            [.. filter.Values]).ConfigureAwait(false);
        var more = rows.Count > query.PageSize;
        var page = rows.Take(query.PageSize).ToList();
        return new Page<InstanceSummary>(page, checked((int)total), more ? new Keyset(UnixTime.ToMs(page[^1].CreatedAt), page[^1].Id).ToString() : null);
    }

    public async ValueTask<IReadOnlyDictionary<int, int>> UnfinishedPerVersionAsync(string key, CancellationToken cancellationToken = default) =>
        (await PostgresStatements.QueryAsync(database, SqliteInstanceQueries.UnfinishedPerVersion, r => (Version: r.GetInt32(0), Count: (int)r.GetInt64(1)), cancellationToken, key).ConfigureAwait(false))
            .ToDictionary(r => r.Version, r => r.Count);

    public async ValueTask<IReadOnlyList<IncidentRecord>> IncidentsAsync(string instanceId, CancellationToken cancellationToken = default) =>
        await PostgresStatements.QueryAsync(
            database,
            "SELECT id, instance_id, node_id, message, at, code, exception_type, stack_trace FROM incidents WHERE instance_id = @p0 ORDER BY at, id COLLATE \"C\"",
            r => new IncidentRecord(r.GetString(0), r.GetString(1), PostgresRows.Text(r, 2), r.GetString(3), UnixTime.FromMs(r.GetInt64(4)))
            {
                Code = PostgresRows.Text(r, 5),
                ExceptionType = PostgresRows.Text(r, 6),
                StackTrace = PostgresRows.Text(r, 7),
            },
            cancellationToken,
            instanceId).ConfigureAwait(false);
}
