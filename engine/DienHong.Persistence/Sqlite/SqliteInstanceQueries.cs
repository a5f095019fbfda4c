using DienHong.Engine.Storage;

namespace DienHong.Persistence.Sqlite;

/// <summary>The instance list on the instances table, newest first (index on creation time), and incidents by instance.</summary>
public sealed class SqliteInstanceQueries(SqliteDatabase database) : IInstanceQueries
{
    // The highest code point: every key that starts with a prefix sorts below prefix + this (SQLite compares bytes).
    private const string AfterEveryContinuation = "\U0010FFFF";

    /// <summary>One probe per unfinished status on the (status, definition key) index, grouped by version (the same text on PostgreSQL).</summary>
    internal const string UnfinishedPerVersion =
        "SELECT definition_version, COUNT(*) FROM instances WHERE status IN ('Running', 'Suspended', 'Faulted') AND definition_key = @p0 GROUP BY definition_version";

    public ValueTask<Page<InstanceSummary>> ListAsync(InstanceQuery query, CancellationToken cancellationToken = default)
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
            filter.Where("i.correlation_key >= {} AND i.correlation_key < {}", prefix, prefix + AfterEveryContinuation);
        }

        if (query.OverdueAt is { } now)
        {
            filter.Where("EXISTS (SELECT 1 FROM bookmarks b WHERE b.instance_id = i.id AND b.kind = 'Task' AND b.due_at < {})", UnixTime.ToMs(now));
        }

        if (query.Involving is { } involving)
        {
            filter.Involving(involving);
        }

        var total = Statements.Query(database, $"SELECT count(*) FROM instances i {filter}", r => r.GetInt32(0), [.. filter.Values])[0];
        if (Keyset.Parse(query.After) is { } after)
        {
            // A row value: SQLite reads it as one range of the (created_at, id) index.
            filter.Where("(i.created_at, i.id) < ({}, {})", after.Sort, after.Id);
        }

        var limit = filter.Next(query.PageSize + 1);
        var rows = Statements.Query(
            database,
            $"""
            SELECT i.id, i.definition_key, i.definition_version, i.status, i.outcome, i.correlation_key, i.agency, i.created_at, i.updated_at, i.completed_at,
                (SELECT min(b.due_at) FROM bookmarks b WHERE b.instance_id = i.id AND b.kind = 'Task') AS next_due_at, i.definition_id, i.variables
            FROM instances i {filter} ORDER BY i.created_at DESC, i.id DESC LIMIT {limit}
            """,
            r => new InstanceSummary(r.GetString(0), r.GetString(1), r.GetInt32(2), Enum.Parse<InstanceStatus>(r.GetString(3)), r.GetNullableString(4),
                r.GetNullableString(5), r.GetNullableString(6), UnixTime.FromMs(r.GetInt64(7)), UnixTime.FromMs(r.GetInt64(8)), r.GetNullableTime(9))
            {
                NextDueAt = r.GetNullableTime(10),
                DefinitionId = r.GetString(11),
                Variables = r.GetString(12),
            },
            [.. filter.Values]);
        var more = rows.Count > query.PageSize;
        var page = rows.Take(query.PageSize).ToList();
        return ValueTask.FromResult(new Page<InstanceSummary>(page, total, more ? new Keyset(UnixTime.ToMs(page[^1].CreatedAt), page[^1].Id).ToString() : null));
    }

    public ValueTask<IReadOnlyDictionary<int, int>> UnfinishedPerVersionAsync(string key, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult<IReadOnlyDictionary<int, int>>(Statements.Query(database, UnfinishedPerVersion, r => (Version: r.GetInt32(0), Count: r.GetInt32(1)), key)
            .ToDictionary(r => r.Version, r => r.Count));

    public ValueTask<IReadOnlyList<IncidentRecord>> IncidentsAsync(string instanceId, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult<IReadOnlyList<IncidentRecord>>(Statements.Query(
            database,
            "SELECT id, instance_id, node_id, message, at, code, exception_type, stack_trace FROM incidents WHERE instance_id = @p0 ORDER BY at, rowid",
            r => new IncidentRecord(r.GetString(0), r.GetString(1), r.GetNullableString(2), r.GetString(3), UnixTime.FromMs(r.GetInt64(4)))
            {
                Code = r.GetNullableString(5),
                ExceptionType = r.GetNullableString(6),
                StackTrace = r.GetNullableString(7),
            },
            instanceId));
}
