using DienHong.Engine.Storage;

namespace DienHong.Persistence.Sqlite;

/// <summary>The disclosures board's postings on SQLite (see <see cref="DisclosureList"/> and <see cref="DisclosureBatch"/>).</summary>
public sealed class SqliteDisclosureQueries(SqliteDatabase database) : IDisclosureQueries
{
    public ValueTask<Page<DisclosurePosting>> ListAsync(DisclosureQuery query, CancellationToken cancellationToken = default)
    {
        var (count, countValues, select, values) = DisclosureList.Sql(query, "j.instance_id || '.' || j.seq");
        var total = Statements.Query(database, count, r => r.GetInt32(0), countValues)[0];
        var rows = Statements.Query(database, select, r => (Posting(r), new Keyset(r.GetInt64(11), r.GetString(12))), values);
        return ValueTask.FromResult(DisclosureList.Page(rows, total, query.PageSize));
    }

    public ValueTask<IReadOnlyList<DisclosureRead>> ReadAsync(IReadOnlyCollection<PostingKey> keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        var (postingsSql, postingValues) = DisclosureBatch.Postings(keys);
        var postings = Statements.Query(database, postingsSql, Posting, postingValues);
        var (entriesSql, entryValues) = DisclosureBatch.Entries(keys);
        var entries = Statements.Query(database, entriesSql, r => (r.GetInt64(0), SqliteJournalReader.Entry(r, 1)), entryValues);
        var (bookmarksSql, bookmarkValues) = DisclosureBatch.Bookmarks(keys);
        var bookmarks = Statements.Query(database, bookmarksSql, RowReader.Bookmark, bookmarkValues);
        return ValueTask.FromResult(DisclosureBatch.Assemble(postings, entries, bookmarks));
    }

    private static DisclosurePosting Posting(RawRow r) => new(
        r.GetString(0), r.GetInt64(1), r.GetString(2), UnixTime.FromMs(r.GetInt64(3)), r.GetNullableString(4), r.GetString(5), r.GetString(6), r.GetInt32(7),
        r.GetNullableString(8), r.GetNullableString(9), r.GetNullableTime(10));
}
