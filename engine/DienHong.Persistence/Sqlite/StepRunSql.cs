using System.Globalization;
using DienHong.Engine.Storage;

namespace DienHong.Persistence.Sqlite;

/// <summary>
/// The statements of <see cref="ITaskQueries.StepRunsAsync"/>, the same on SQLite and PostgreSQL but for how each
/// compares ids: the opening journal entries of the query's events, each joined with its node's open task unless a
/// later run of the node opened since. The columns are the bookmark's (<see cref="RowReader.BookmarkColumns"/>, null
/// when the run has ended) and then the run's, from <see cref="RunColumn"/> on, the instance's run state last while
/// the run waits.
/// </summary>
internal static class StepRunSql
{
    public const int RunColumn = 12;

    /// <summary>The count statement and the page statement, each with its parameters.</summary>
    public static (Statement Count, Statement Page) Build(StepRunQuery query, string collation)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentOutOfRangeException.ThrowIfLessThan(query.PageSize, 1);
        // Event names are written into the statement (they appear twice): only plain names are.
        if (query.Events.Any(e => e.Length == 0 || !e.All(char.IsAsciiLetterOrDigit)))
        {
            throw new ArgumentException($"Events must be plain names: {string.Join(", ", query.Events)}.", nameof(query));
        }

        var events = query.Events.Count == 0 ? "NULL" : string.Join(", ", query.Events.Select(e => "'" + e + "'"));
        var from = $"""
            FROM journal j JOIN instances i ON i.id = j.instance_id
            LEFT JOIN bookmarks b ON b.id = (
                SELECT min(o.id) FROM bookmarks o WHERE o.instance_id = j.instance_id AND o.node_id = j.node_id AND o.kind = 'Task'
                AND NOT EXISTS (SELECT 1 FROM journal l WHERE l.instance_id = j.instance_id AND l.node_id = j.node_id AND l.seq > j.seq AND l.event IN ({events})))
            """;
        var values = new List<object?>();
        var filter = new Filter(values).Where($"j.event IN ({events})");
        if (query.Agencies is { } agencies)
        {
            filter.In("i.agency", agencies);
        }

        if (query.Running is { } running)
        {
            filter.Where(running ? "b.id IS NOT NULL" : "b.id IS NULL");
        }

        var count = new Statement($"SELECT count(*) {from} {filter}", [.. values]);
        if (Cursor(query.After) is { } after)
        {
            filter.Where(
                $"(j.at < {{}} OR (j.at = {{}} AND (j.instance_id{collation} < {{}} OR (j.instance_id = {{}} AND j.seq < {{}}))))",
                after.At, after.At, after.Instance, after.Instance, after.Seq);
        }

        var columns = string.Join(", ", RowReader.BookmarkColumns.Split(", ").Select(c => "b." + c));
        var limit = filter.Next(query.PageSize + 1);
        var page = $"""
            SELECT {columns}, j.instance_id, j.seq, j.at, j.node_id, j.event, j.data, i.definition_id, i.definition_key, i.definition_version, i.agency, i.correlation_key,
                CASE WHEN b.id IS NULL THEN NULL ELSE i.state END
            {from} {filter} ORDER BY j.at DESC, j.instance_id{collation} DESC, j.seq DESC LIMIT {limit}
            """;
        return (count, new Statement(page, [.. values]));
    }

    /// <summary>The page's runs and the cursor after it (the statement read one row more than the page).</summary>
    public static Page<StepRun> Page(List<StepRun> rows, int total, int pageSize)
    {
        var more = rows.Count > pageSize;
        var page = rows.Take(pageSize).ToList();
        var next = more ? new Keyset(UnixTime.ToMs(page[^1].At), string.Create(CultureInfo.InvariantCulture, $"{page[^1].Seq}.{page[^1].InstanceId}")).ToString() : null;
        return new Page<StepRun>(page, total, next);
    }

    private static (long At, string Instance, long Seq)? Cursor(string? after)
    {
        if (Keyset.Parse(after) is not { } keyset)
        {
            return null;
        }

        var dot = keyset.Id.IndexOf('.', StringComparison.Ordinal);
        return dot > 0 && long.TryParse(keyset.Id.AsSpan(0, dot), NumberStyles.None, CultureInfo.InvariantCulture, out var seq) && dot < keyset.Id.Length - 1
            ? (keyset.Sort, keyset.Id[(dot + 1)..], seq)
            : throw new ArgumentException($"'{after}' is not a page cursor given by this store.", nameof(after));
    }

    /// <summary>A statement's text and its positional parameters.</summary>
    public sealed record Statement(string Sql, object?[] Values);
}
