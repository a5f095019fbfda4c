using DienHong.Engine.Journal;
using DienHong.Engine.Storage;
using DienHong.Persistence.Sqlite;

namespace DienHong.Persistence.Postgres;

/// <summary>
/// Period counts in one statement, as on SQLite: instances opened and closed, and task completions from the journal,
/// each compared with the due time its task was created with (the <c>TaskCreated</c> entry just before it on the same node).
/// </summary>
public sealed class PostgresReportQueries(PostgresDatabase database) : IReportQueries
{
    public async ValueTask<IReadOnlyList<AgencyCounts>> CountsAsync(ReportQuery query, CancellationToken cancellationToken = default) =>
        [.. (await CountsByPartAsync(query, [], cancellationToken).ConfigureAwait(false)).Select(p => p.Counts)];

    public async ValueTask<IReadOnlyList<PeriodCounts>> CountsByPartAsync(ReportQuery query, IReadOnlyList<DateTimeOffset> cuts, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        var (from, to) = (UnixTime.ToMs(query.From), UnixTime.ToMs(query.To));
        var values = new List<object?>();
        var opened = new Filter(values).Where("created_at >= {} AND created_at < {}", from, to);
        var closed = new Filter(values).Where("completed_at >= {} AND completed_at < {}", from, to);
        var created = new Filter(values).Where("t.event = {}", JournalEvents.TaskCreated);
        var tasks = new Filter(values).Where("c.event = {} AND c.at >= {} AND c.at < {}", JournalEvents.TaskCompleted, from, to);
        if (query.Agencies is { } agencies)
        {
            opened.In("agency", agencies);
            closed.In("agency", agencies);
            tasks.In("i.agency", agencies);
        }

        // The due time is journalled as ISO 8601 with its offset; it becomes Unix milliseconds. A completion with no
        // due time compares with NULL, which is not late.
        var sql = $"""
            WITH completions AS MATERIALIZED (
                SELECT i.agency, {PeriodParts.Of("c.at", cuts)} AS part, CASE WHEN c.at > (
                    SELECT round(extract(epoch FROM (t.data::jsonb ->> 'due')::timestamptz) * 1000)::bigint
                    FROM journal t {created} AND t.instance_id = c.instance_id AND t.seq < c.seq AND t.node_id = c.node_id
                    ORDER BY t.seq DESC LIMIT 1) THEN 1 ELSE 0 END AS late
                FROM journal c JOIN instances i ON i.id = c.instance_id {tasks})
            SELECT part, agency, sum(opened)::int, sum(closed)::int, sum(on_time)::int, sum(late)::int FROM (
                SELECT agency, {PeriodParts.Of("created_at", cuts)} AS part, 1 AS opened, 0 AS closed, 0 AS on_time, 0 AS late FROM instances {opened}
                UNION ALL
                SELECT agency, {PeriodParts.Of("completed_at", cuts)}, 0, 1, 0, 0 FROM instances {closed}
                UNION ALL
                SELECT agency, part, 0, 0, 1 - late, late FROM completions
            ) counts GROUP BY part, agency ORDER BY part, agency COLLATE "C" NULLS FIRST
            """;
        return await PostgresStatements.QueryAsync(
            database,
            sql,
            r => new PeriodCounts(r.GetInt32(0), new AgencyCounts(PostgresRows.Text(r, 1), r.GetInt32(2), r.GetInt32(3), r.GetInt32(4), r.GetInt32(5))),
            cancellationToken,
            [.. values]).ConfigureAwait(false);
    }

    public async ValueTask<IReadOnlyList<DisclosureCounts>> DisclosureCountsAsync(ReportQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        var (sql, values) = DisclosureReport.Sql(query, "(j.data::jsonb ->> 'late') = 'false'", " COLLATE \"C\" NULLS FIRST");
        return await PostgresStatements.QueryAsync(
            database, sql, r => new DisclosureCounts(PostgresRows.Text(r, 0), r.GetInt32(1), r.GetInt32(2), r.GetInt32(3), r.GetInt32(4)), cancellationToken, [.. values]).ConfigureAwait(false);
    }

    public async ValueTask<IReadOnlyList<OverdueCounts>> OverdueAsync(DateTimeOffset at, IReadOnlyCollection<string>? agencies = null, CancellationToken cancellationToken = default)
    {
        var (sql, values) = OverdueReport.Sql(at, agencies, " COLLATE \"C\" NULLS FIRST");
        return await PostgresStatements.QueryAsync(
            database, sql, r => new OverdueCounts(PostgresRows.Text(r, 0), r.GetInt32(1)), cancellationToken, [.. values]).ConfigureAwait(false);
    }
}
