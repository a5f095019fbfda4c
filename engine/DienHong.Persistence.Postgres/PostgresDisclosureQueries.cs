using DienHong.Engine.Storage;
using DienHong.Persistence.Sqlite;

namespace DienHong.Persistence.Postgres;

/// <summary>The disclosures board's postings on PostgreSQL (see <see cref="DisclosureList"/>).</summary>
public sealed class PostgresDisclosureQueries(PostgresDatabase database) : IDisclosureQueries
{
    public async ValueTask<Page<DisclosurePosting>> ListAsync(DisclosureQuery query, CancellationToken cancellationToken = default)
    {
        // The key compares byte by byte, as on SQLite, whatever the database's collation.
        var (count, countValues, select, values) = DisclosureList.Sql(query, "(j.instance_id || '.' || j.seq) COLLATE \"C\"");
        var total = (await PostgresStatements.QueryAsync(database, count, r => r.GetInt64(0), cancellationToken, countValues).ConfigureAwait(false))[0];
        var rows = await PostgresStatements.QueryAsync(
            database,
            select,
            r => (new DisclosurePosting(r.GetString(0), r.GetInt64(1), r.GetString(2), UnixTime.FromMs(r.GetInt64(3)), PostgresRows.Text(r, 4), r.GetString(5), r.GetString(6), r.GetInt32(7),
                PostgresRows.Text(r, 8), PostgresRows.Text(r, 9), PostgresRows.Time(r, 10)), new Keyset(r.GetInt64(11), r.GetString(12))),
            cancellationToken,
            values).ConfigureAwait(false);
        return DisclosureList.Page(rows, checked((int)total), query.PageSize);
    }
}
