using DienHong.Engine.Storage;
using DienHong.Persistence.Sqlite;

namespace DienHong.Persistence.Postgres;

/// <summary>The wake-up index on the bookmarks table (job ids are outside the seal: they are the scheduler's plumbing).</summary>
public sealed class PostgresWakeIndex(PostgresDatabase database) : IWakeIndex
{
    public async ValueTask<IReadOnlyList<DueWake>> WithoutJobAsync(int max, CancellationToken cancellationToken = default) =>
        await PostgresStatements.QueryAsync(
            database,
            "SELECT instance_id, id, wake_at FROM bookmarks WHERE wake_at IS NOT NULL AND job_id IS NULL ORDER BY wake_at, id LIMIT @p0",
            r => new DueWake(r.GetString(0), r.GetString(1), UnixTime.FromMs(r.GetInt64(2))),
            cancellationToken,
            max).ConfigureAwait(false);

    public async ValueTask<bool> AttachJobAsync(string bookmarkId, DateTimeOffset wakeAt, string jobId, CancellationToken cancellationToken = default) =>
        await PostgresStatements.ExecuteAsync(
            database, "UPDATE bookmarks SET job_id = @p2 WHERE id = @p0 AND job_id IS NULL AND wake_at = @p1", cancellationToken, bookmarkId, UnixTime.ToMs(wakeAt), jobId).ConfigureAwait(false) == 1;
}
