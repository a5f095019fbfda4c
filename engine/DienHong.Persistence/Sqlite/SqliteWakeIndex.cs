using DienHong.Engine.Storage;

namespace DienHong.Persistence.Sqlite;

/// <summary>The wake-up index on the bookmarks table (job ids are outside the seal: they are the scheduler's plumbing).</summary>
public sealed class SqliteWakeIndex(SqliteDatabase database) : IWakeIndex
{
    public ValueTask<IReadOnlyList<DueWake>> WithoutJobAsync(int max, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult<IReadOnlyList<DueWake>>(Statements.Query(
            database,
            "SELECT instance_id, id, wake_at FROM bookmarks WHERE wake_at IS NOT NULL AND job_id IS NULL ORDER BY wake_at, id LIMIT @p0",
            r => new DueWake(r.GetString(0), r.GetString(1), UnixTime.FromMs(r.GetInt64(2))),
            max));

    public ValueTask<bool> AttachJobAsync(string bookmarkId, DateTimeOffset wakeAt, string jobId, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(Statements.Execute(
            database, "UPDATE bookmarks SET job_id = @p2 WHERE id = @p0 AND job_id IS NULL AND wake_at = @p1", bookmarkId, UnixTime.ToMs(wakeAt), jobId) == 1);
}
