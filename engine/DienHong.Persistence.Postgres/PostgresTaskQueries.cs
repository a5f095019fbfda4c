using DienHong.Engine.Storage;
using DienHong.Persistence.Sqlite;

namespace DienHong.Persistence.Postgres;

/// <summary>
/// The inbox on the bookmarks table, joined with each listed task's instance: a person's own tasks by the index on
/// assignee and due time, an assignee's tasks in given agencies by the inbox index (assignee, agency, kind, due key,
/// id), one page of it per page and the count from that index alone.
/// </summary>
public sealed class PostgresTaskQueries(PostgresDatabase database) : ITaskQueries
{
    // Tasks without a due time sort after every dated one; IX_bookmarks_inbox holds this very expression.
    private const string DueKey = "coalesce(b.due_at, 9223372036854775807)";

    // Ids compare byte by byte, as on SQLite, whatever the database's collation.
    private const string Id = "b.id COLLATE \"C\"";

    public async ValueTask<Page<InboxTask>> InboxAsync(InboxQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentOutOfRangeException.ThrowIfLessThan(query.PageSize, 1);
        var filter = new Filter().Where("b.kind = 'Task'").In("b.assignee", query.Assignees);
        if (query.Agencies is { } agencies)
        {
            // A task's agency is its case's, copied when it is written; only open cases hold bookmarks.
            filter.In("b.agency", agencies);
        }

        const string From = "FROM bookmarks b JOIN instances i ON i.id = b.instance_id";
        var total = (await PostgresStatements.QueryAsync(database, $"SELECT count(*) FROM bookmarks b {filter}", r => r.GetInt64(0), cancellationToken, [.. filter.Values]).ConfigureAwait(false))[0];
        if (Keyset.Parse(query.After) is { } after)
        {
            filter.Where($"({DueKey} > {{}} OR ({DueKey} = {{}} AND {Id} > {{}}))", after.Sort, after.Sort, after.Id);
        }

        var limit = filter.Next(query.PageSize + 1);
        var rows = await PostgresStatements.QueryAsync(
            database,
            $"""
            SELECT b.id, b.instance_id, b.node_id, b.assignee, b.due_at, b.created_at, i.definition_key, i.definition_version, i.agency, i.correlation_key, {DueKey}
            {From} {filter} ORDER BY {DueKey}, {Id} LIMIT {limit}
            """,
            r => (Task: new InboxTask(r.GetString(0), r.GetString(1), r.GetString(2), PostgresRows.Text(r, 3), PostgresRows.Time(r, 4), UnixTime.FromMs(r.GetInt64(5)),
                r.GetString(6), r.GetInt32(7), PostgresRows.Text(r, 8), PostgresRows.Text(r, 9)), Key: new Keyset(r.GetInt64(10), r.GetString(0))),
            cancellationToken,
            [.. filter.Values]).ConfigureAwait(false);
        var more = rows.Count > query.PageSize;
        var page = rows.Take(query.PageSize).ToList();
        return new Page<InboxTask>([.. page.Select(p => p.Task)], checked((int)total), more ? page[^1].Key.ToString() : null);
    }

    public async ValueTask<Page<StepRun>> StepRunsAsync(StepRunQuery query, CancellationToken cancellationToken = default)
    {
        var (count, page) = StepRunSql.Build(query, " COLLATE \"C\"");
        var total = (await PostgresStatements.QueryAsync(database, count.Sql, r => r.GetInt64(0), cancellationToken, count.Values).ConfigureAwait(false))[0];
        const int Run = StepRunSql.RunColumn;
        var rows = await PostgresStatements.QueryAsync(
            database,
            page.Sql,
            r => new StepRun(
                r.GetString(Run), r.GetInt64(Run + 1), UnixTime.FromMs(r.GetInt64(Run + 2)), r.GetString(Run + 3), r.GetString(Run + 4), PostgresRows.Text(r, Run + 5),
                r.GetString(Run + 6), r.GetString(Run + 7), r.GetInt32(Run + 8), PostgresRows.Text(r, Run + 9), PostgresRows.Text(r, Run + 10), r.IsDBNull(0) ? null : PostgresRows.Bookmark(r),
                PostgresRows.Text(r, Run + 11)),
            cancellationToken,
            page.Values).ConfigureAwait(false);
        return StepRunSql.Page(rows, checked((int)total), query.PageSize);
    }
}
