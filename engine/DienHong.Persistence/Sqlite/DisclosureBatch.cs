using DienHong.Engine.Journal;
using DienHong.Engine.Storage;

namespace DienHong.Persistence.Sqlite;

/// <summary>
/// The statements reading many postings at once (đọc nhiều lần niêm yết), the same on SQLite and PostgreSQL: the
/// postings by their journal key, the entries after each on its node (tagged with the posting's sequence number, so
/// two postings of one node each get theirs), and the cases' open bookmarks. Three statements whatever the count.
/// </summary>
internal static class DisclosureBatch
{
    private static readonly string Followed = string.Join(", ", DisclosureReads.Events.Select(e => $"'{e}'"));

    public static (string Sql, object?[] Values) Postings(IReadOnlyCollection<PostingKey> keys)
    {
        var filter = new Filter().Where($"j.event = '{JournalEvents.DisclosurePosted}'");
        Keys(filter, "j", keys);
        return ($"SELECT {DisclosureList.Columns} {DisclosureList.From} {filter}", [.. filter.Values]);
    }

    /// <summary>The posting's seq, then the entry's <see cref="SqliteJournalReader.Columns"/>, in journal order.</summary>
    public static (string Sql, object?[] Values) Entries(IReadOnlyCollection<PostingKey> keys)
    {
        var filter = new Filter().Where($"p.event = '{JournalEvents.DisclosurePosted}'").Where($"f.event IN ({Followed})");
        Keys(filter, "p", keys);
        var columns = string.Join(", ", SqliteJournalReader.Columns.Split(", ").Select(c => "f." + c));
        return ($"SELECT p.seq, {columns} FROM journal p JOIN journal f ON f.instance_id = p.instance_id AND f.seq > p.seq AND f.node_id = p.node_id {filter} ORDER BY f.instance_id, f.seq", [.. filter.Values]);
    }

    public static (string Sql, object?[] Values) Bookmarks(IReadOnlyCollection<PostingKey> keys)
    {
        var filter = new Filter().In("instance_id", [.. keys.Select(k => k.InstanceId).Distinct(StringComparer.Ordinal)]);
        return ($"SELECT {RowReader.BookmarkColumns} FROM bookmarks {filter}", [.. filter.Values]);
    }

    /// <summary>Each posting with its entries (rows of <see cref="Entries"/> as posting seq and entry) and its case's bookmarks.</summary>
    public static IReadOnlyList<DisclosureRead> Assemble(List<DisclosurePosting> postings, List<(long Posting, JournalEntry Entry)> entries, List<BookmarkRecord> bookmarks)
    {
        var after = entries.ToLookup(e => (e.Entry.InstanceId, e.Posting), e => e.Entry);
        var open = bookmarks.ToLookup(b => b.InstanceId, StringComparer.Ordinal);
        return [.. postings.Select(p => DisclosureReads.Of(p, after[(p.InstanceId, p.Seq)], [.. open[p.InstanceId]]))];
    }

    /// <summary>Keeps the journal rows (alias <paramref name="alias"/>) <paramref name="keys"/> names; none: nothing.</summary>
    private static void Keys(Filter filter, string alias, IReadOnlyCollection<PostingKey> keys)
    {
        if (keys.Count == 0)
        {
            filter.Where("1 = 0");
            return;
        }

        var one = $"({alias}.instance_id = {{}} AND {alias}.seq = {{}})";
        filter.Where("(" + string.Join(" OR ", Enumerable.Repeat(one, keys.Count)) + ")", [.. keys.SelectMany(k => new object?[] { k.InstanceId, k.Seq })]);
    }
}
