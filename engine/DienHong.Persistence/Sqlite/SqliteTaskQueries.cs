using DienHong.Engine.Storage;

namespace DienHong.Persistence.Sqlite;

/// <summary>
/// The inbox on the bookmarks table: a person's own tasks by the index on assignee and due time; an assignee's tasks in
/// given agencies (a role is held per agency) by the inbox index on assignee, agency, kind, due key and id, so a page
/// reads one page of index entries and the count reads that index alone, however many tasks the role has elsewhere.
/// </summary>
public sealed class SqliteTaskQueries(SqliteDatabase database) : ITaskQueries
{
    // Tasks without a due time sort after every dated one; IX_bookmarks_inbox holds this very expression.
    private const string DueKey = "coalesce(b.due_at, 9223372036854775807)";

    public ValueTask<Page<InboxTask>> InboxAsync(InboxQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentOutOfRangeException.ThrowIfLessThan(query.PageSize, 1);
        // Only open cases hold bookmarks (an ending run closes them all), so no case's status needs reading. Without
        // agencies "+" keeps SQLite off the kind index (every task has the kind) and on the assignee-and-due index.
        var filter = query.Agencies is { } agencies
            ? new Filter().Where("b.kind = 'Task'").In("b.assignee", query.Assignees).In("b.agency", agencies)
            : new Filter().Where("+b.kind = 'Task'").In("b.assignee", query.Assignees);
        const string From = "FROM bookmarks b JOIN instances i ON i.id = b.instance_id";
        var total = Statements.Query(database, $"SELECT count(*) FROM bookmarks b {filter}", r => r.GetInt32(0), [.. filter.Values])[0];
        if (Keyset.Parse(query.After) is { } after)
        {
            // One parameter for both sides of the OR: then SQLite starts the index walk at the cursor's due key.
            var (sort, id) = (filter.Next(after.Sort), filter.Next(after.Id));
            filter.Where($"({DueKey} > {sort} OR ({DueKey} = {sort} AND b.id > {id}))");
        }

        var limit = filter.Next(query.PageSize + 1);
        var rows = Statements.Query(
            database,
            $"""
            SELECT b.id, b.instance_id, b.node_id, b.assignee, b.due_at, b.created_at, i.definition_key, i.definition_version, i.agency, i.correlation_key, {DueKey}
            {From} {filter} ORDER BY {DueKey}, b.id LIMIT {limit}
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
