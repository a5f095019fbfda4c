using DienHong.Engine.Journal;
using DienHong.Engine.Storage;

namespace DienHong.Persistence.Sqlite;

/// <summary>
/// Period counts in one statement: instances opened and closed (indexes on creation and completion time), and task
/// completions from the journal (a partial index on their time), each compared with the due time its task was created with
/// (the <c>TaskCreated</c> entry just before it on the same node, found through the journal's primary key).
/// </summary>
public sealed class SqliteReportQueries(SqliteDatabase database) : IReportQueries
{
    public ValueTask<IReadOnlyList<AgencyCounts>> CountsAsync(ReportQuery query, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult<IReadOnlyList<AgencyCounts>>([.. Counts(query, []).Select(p => p.Counts)]);

    public ValueTask<IReadOnlyList<PeriodCounts>> CountsByPartAsync(ReportQuery query, IReadOnlyList<DateTimeOffset> cuts, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(Counts(query, cuts));

    private IReadOnlyList<PeriodCounts> Counts(ReportQuery query, IReadOnlyList<DateTimeOffset> cuts)
    {
        ArgumentNullException.ThrowIfNull(query);
        var (from, to) = (UnixTime.ToMs(query.From), UnixTime.ToMs(query.To));
        var values = new List<object?>();
        var opened = new Filter(values).Where("created_at >= {} AND created_at < {}", from, to);
        var closed = new Filter(values).Where("completed_at >= {} AND completed_at < {}", from, to);
        var created = new Filter(values).Where("t.event = {}", JournalEvents.TaskCreated);
        // The event is written out, not bound: only then can SQLite use the partial index on completions.
        var tasks = new Filter(values).Where($"c.event = '{JournalEvents.TaskCompleted}' AND c.at >= {{}} AND c.at < {{}}", from, to);
        if (query.Agencies is { } agencies)
        {
            opened.In("agency", agencies);
            closed.In("agency", agencies);
            tasks.In("i.agency", agencies);
        }

        // The due time is journalled as ISO 8601 with its offset; julianday reads it, and it becomes Unix milliseconds.
        // A completion with no due time compares with NULL, which is not late.
        // Completions are materialized so the due lookup runs once per completion (inlined, it would run once per use).
        var sql = $"""
            WITH completions AS MATERIALIZED (
                SELECT i.agency, {PeriodParts.Of("c.at", cuts)} AS part, CASE WHEN c.at > (
                    SELECT CAST(round((julianday(json_extract(t.data, '$.due')) - 2440587.5) * 86400000) AS INTEGER)
                    FROM journal t {created} AND t.instance_id = c.instance_id AND t.seq < c.seq AND t.node_id = c.node_id
                    ORDER BY t.seq DESC LIMIT 1) THEN 1 ELSE 0 END AS late
                FROM journal c JOIN instances i ON i.id = c.instance_id {tasks})
            SELECT part, agency, sum(opened), sum(closed), sum(on_time), sum(late) FROM (
                SELECT agency, {PeriodParts.Of("created_at", cuts)} AS part, 1 AS opened, 0 AS closed, 0 AS on_time, 0 AS late FROM instances {opened}
                UNION ALL
                SELECT agency, {PeriodParts.Of("completed_at", cuts)}, 0, 1, 0, 0 FROM instances {closed}
                UNION ALL
                SELECT agency, part, 0, 0, 1 - late, late FROM completions
            ) GROUP BY part, agency ORDER BY part, agency
            """;
        return Statements.Query(
            database, sql, r => new PeriodCounts(r.GetInt32(0), new AgencyCounts(r.GetNullableString(1), r.GetInt32(2), r.GetInt32(3), r.GetInt32(4), r.GetInt32(5))), [.. values]);
    }

    public ValueTask<IReadOnlyList<DisclosureCounts>> DisclosureCountsAsync(ReportQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        var (sql, values) = DisclosureReport.Sql(query, "json_extract(j.data, '$.late') = 0", string.Empty);
        return ValueTask.FromResult<IReadOnlyList<DisclosureCounts>>(Statements.Query(
            database, sql, r => new DisclosureCounts(r.GetNullableString(0), r.GetInt32(1), r.GetInt32(2), r.GetInt32(3), r.GetInt32(4)), [.. values]));
    }

    public ValueTask<IReadOnlyList<OverdueCounts>> OverdueAsync(DateTimeOffset at, IReadOnlyCollection<string>? agencies = null, CancellationToken cancellationToken = default)
    {
        var (sql, values) = OverdueReport.Sql(at, agencies, string.Empty);
        return ValueTask.FromResult<IReadOnlyList<OverdueCounts>>(Statements.Query(
            database, sql, r => new OverdueCounts(r.GetNullableString(0), r.GetInt32(1)), [.. values]));
    }
}
