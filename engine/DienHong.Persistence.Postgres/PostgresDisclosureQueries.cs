using DienHong.Engine.Storage;
using DienHong.Persistence.Sqlite;
using Npgsql;

namespace DienHong.Persistence.Postgres;

/// <summary>The disclosures board's postings on PostgreSQL (see <see cref="DisclosureList"/> and <see cref="DisclosureBatch"/>).</summary>
public sealed class PostgresDisclosureQueries(PostgresDatabase database) : IDisclosureQueries
{
    public async ValueTask<Page<DisclosurePosting>> ListAsync(DisclosureQuery query, CancellationToken cancellationToken = default)
    {
        // The key compares byte by byte, as on SQLite, whatever the database's collation.
        var (count, countValues, select, values) = DisclosureList.Sql(query, "(j.instance_id || '.' || j.seq) COLLATE \"C\"");
        var total = (await PostgresStatements.QueryAsync(database, count, r => r.GetInt64(0), cancellationToken, countValues).ConfigureAwait(false))[0];
        var rows = await PostgresStatements.QueryAsync(
            database, select, r => (Posting(r), new Keyset(r.GetInt64(11), r.GetString(12))), cancellationToken, values).ConfigureAwait(false);
        return DisclosureList.Page(rows, checked((int)total), query.PageSize);
    }

    public async ValueTask<IReadOnlyList<DisclosureRead>> ReadAsync(IReadOnlyCollection<PostingKey> keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        var (postingsSql, postingValues) = DisclosureBatch.Postings(keys);
        var (entriesSql, entryValues) = DisclosureBatch.Entries(keys);
        var (bookmarksSql, bookmarkValues) = DisclosureBatch.Bookmarks(keys);
        // The three statements in one round trip.
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var batch = new NpgsqlBatch(connection)
        {
            BatchCommands =
            {
                PostgresStatements.Command(postingsSql, postingValues),
                PostgresStatements.Command(entriesSql, entryValues),
                PostgresStatements.Command(bookmarksSql, bookmarkValues),
            },
        };
        await using var reader = await batch.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var postings = await RowsAsync(reader, Posting, cancellationToken).ConfigureAwait(false);
        await reader.NextResultAsync(cancellationToken).ConfigureAwait(false);
        var entries = await RowsAsync(reader, r => (r.GetInt64(0), PostgresRows.Entry(r, 1)), cancellationToken).ConfigureAwait(false);
        await reader.NextResultAsync(cancellationToken).ConfigureAwait(false);
        var bookmarks = await RowsAsync(reader, PostgresRows.Bookmark, cancellationToken).ConfigureAwait(false);
        return DisclosureBatch.Assemble(postings, entries, bookmarks);
    }

    private static async Task<List<T>> RowsAsync<T>(NpgsqlDataReader reader, Func<NpgsqlDataReader, T> read, CancellationToken cancellationToken)
    {
        var rows = new List<T>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            rows.Add(read(reader));
        }

        return rows;
    }

    private static DisclosurePosting Posting(NpgsqlDataReader r) => new(
        r.GetString(0), r.GetInt64(1), r.GetString(2), UnixTime.FromMs(r.GetInt64(3)), PostgresRows.Text(r, 4), r.GetString(5), r.GetString(6), r.GetInt32(7),
        PostgresRows.Text(r, 8), PostgresRows.Text(r, 9), PostgresRows.Time(r, 10));
}
