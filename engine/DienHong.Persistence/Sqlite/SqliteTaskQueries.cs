using DienHong.Engine.Storage;

namespace DienHong.Persistence.Sqlite;

/// <summary>
/// The inbox on the bookmarks table (index on assignee and due time), joined with each task's instance; in given
/// agencies, from their open cases (index on agency and status).
/// </summary>
public sealed class SqliteTaskQueries(SqliteDatabase database) : ITaskQueries
{
    // Tasks without a due time sort after every dated one.
    private const string DueKey = "coalesce(b.due_at, 9223372036854775807)";

    public ValueTask<Page<InboxTask>> InboxAsync(InboxQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentOutOfRangeException.ThrowIfLessThan(query.PageSize, 1);
        // "+" keeps SQLite off the kind index (every task has the kind) and on the assignee-and-due index.
        var filter = new Filter().Where("+b.kind = 'Task'").In("b.assignee", query.Assignees);
        var from = "FROM bookmarks b JOIN instances i ON i.id = b.instance_id";
        if (query.Agencies is { } agencies)
        {
            // A role's tasks are those of every agency ("role:hr" everywhere): from the agencies' open cases (the index
            // on agency and status) to their bookmarks, rather than through every agency's tasks of the role. CROSS
            // JOIN keeps that order; only open cases hold open tasks.
            filter.In("i.agency", agencies).Where($"i.status IN ('{nameof(InstanceStatus.Running)}', '{nameof(InstanceStatus.Suspended)}', '{nameof(InstanceStatus.Faulted)}')");
            from = "FROM instances i CROSS JOIN bookmarks b ON b.instance_id = i.id";
        }

        var total = Statements.Query(database, $"SELECT count(*) {from} {filter}", r => r.GetInt32(0), [.. filter.Values])[0];
        if (Keyset.Parse(query.After) is { } after)
        {
            filter.Where($"({DueKey} > {{}} OR ({DueKey} = {{}} AND b.id > {{}}))", after.Sort, after.Sort, after.Id);
        }

        var limit = filter.Next(query.PageSize + 1);
        var rows = Statements.Query(
            database,
            $"""
            SELECT b.id, b.instance_id, b.node_id, b.assignee, b.due_at, b.created_at, i.definition_key, i.definition_version, i.agency, i.correlation_key, {DueKey}
            {from} {filter} ORDER BY {DueKey}, b.id LIMIT {limit}
            """,
            r => (Task: new InboxTask(r.GetString(0), r.GetString(1), r.GetString(2), r.GetNullableString(3), r.GetNullableTime(4), UnixTime.FromMs(r.GetInt64(5)),
                r.GetString(6), r.GetInt32(7), r.GetNullableString(8), r.GetNullableString(9)), Key: new Keyset(r.GetInt64(10), r.GetString(0))),
            [.. filter.Values]);
        var more = rows.Count > query.PageSize;
        var page = rows.Take(query.PageSize).ToList();
        return ValueTask.FromResult(new Page<InboxTask>([.. page.Select(p => p.Task)], total, more ? page[^1].Key.ToString() : null));
    }

    public ValueTask<Page<StepRun>> StepRunsAsync(StepRunQuery query, CancellationToken cancellationToken = default)
    {
        var (count, page) = StepRunSql.Build(query, string.Empty);
        var total = Statements.Query(database, count.Sql, r => r.GetInt32(0), count.Values)[0];
        const int Run = StepRunSql.RunColumn;
        var rows = Statements.Query(
            database,
            page.Sql,
            r => new StepRun(
                r.GetString(Run), r.GetInt64(Run + 1), UnixTime.FromMs(r.GetInt64(Run + 2)), r.GetString(Run + 3), r.GetString(Run + 4), r.GetNullableString(Run + 5),
                r.GetString(Run + 6), r.GetString(Run + 7), r.GetInt32(Run + 8), r.GetNullableString(Run + 9), r.GetNullableString(Run + 10), r.IsNull(0) ? null : RowReader.Bookmark(r),
                r.GetNullableString(Run + 11)),
            page.Values);
        return ValueTask.FromResult(StepRunSql.Page(rows, total, query.PageSize));
    }
}
