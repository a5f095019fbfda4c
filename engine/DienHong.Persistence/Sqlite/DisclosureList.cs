using DienHong.Engine.Journal;
using DienHong.Engine.Storage;

namespace DienHong.Persistence.Sqlite;

/// <summary>
/// The disclosures board's list, the same statements on SQLite and PostgreSQL but for how each compares the keyset's
/// text key: the <c>DisclosurePosted</c> entries of the agencies' instances (through the instances' agency index and
/// the journal's primary key), open when the node still has the audience's bookmark and no later posting replaced it.
/// </summary>
internal static class DisclosureList
{
    // The open posting is the audience's task (audience:agency); the node's other tasks are a role's or a person's.
    private const string Audience = "b.instance_id = j.instance_id AND b.node_id = j.node_id AND b.kind = 'Task' AND b.assignee LIKE 'audience:%'";

    private static readonly string Latest =
        $"NOT EXISTS (SELECT 1 FROM journal n WHERE n.instance_id = j.instance_id AND n.node_id = j.node_id AND n.event = '{JournalEvents.DisclosurePosted}' AND n.seq > j.seq)";

    private static readonly string IsOpen = $"(EXISTS (SELECT 1 FROM bookmarks b WHERE {Audience}) AND {Latest})";

    /// <summary>A posting's columns (journal <c>j</c>, instance <c>i</c>), in <see cref="DisclosurePosting"/>'s order: the last is the open period's end.</summary>
    public static readonly string Columns =
        $"j.instance_id, j.seq, j.node_id, j.at, j.data, i.definition_id, i.definition_key, i.definition_version, i.agency, i.correlation_key, CASE WHEN {Latest} THEN (SELECT max(b.due_at) FROM bookmarks b WHERE {Audience}) END";

    /// <summary>The tables of <see cref="Columns"/>.</summary>
    public const string From = "FROM journal j JOIN instances i ON i.id = j.instance_id";

    /// <summary>The count and the page's statement, and their values; <paramref name="key"/> is the text key, collated byte by byte.</summary>
    public static (string Count, object?[] CountValues, string Select, object?[] Values) Sql(DisclosureQuery query, string key)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentOutOfRangeException.ThrowIfLessThan(query.PageSize, 1);
        var values = new List<object?>();
        var filter = new Filter(values)
            .Where($"j.event = '{JournalEvents.DisclosurePosted}'")
            .In("i.agency", query.Agencies)
            .Where(query.Open ? IsOpen : "NOT " + IsOpen);
        var count = $"SELECT count(*) {From} {filter}";
        object?[] countValues = [.. values];
        if (Keyset.Parse(query.After) is { } after)
        {
            filter.Where($"(-j.at > {{}} OR (-j.at = {{}} AND {key} > {{}}))", after.Sort, after.Sort, after.Id);
        }

        var limit = filter.Next(query.PageSize + 1);
        var select = $"""
            SELECT {Columns}, -j.at, {key}
            {From} {filter} ORDER BY -j.at, {key} LIMIT {limit}
            """;
        return (count, countValues, select, [.. values]);
    }

    /// <summary>The page of at most <paramref name="size"/> rows read with one more, and the cursor when there are more.</summary>
    public static Page<DisclosurePosting> Page(List<(DisclosurePosting Posting, Keyset Key)> rows, int total, int size)
    {
        var more = rows.Count > size;
        var page = rows.Take(size).ToList();
        return new Page<DisclosurePosting>([.. page.Select(p => p.Posting)], total, more ? page[^1].Key.ToString() : null);
    }
}
