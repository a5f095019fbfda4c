namespace DienHong.Engine.Storage;

/// <summary>
/// The wake-up index (chỉ mục hẹn giờ): bookmarks with a wake-up time and the scheduler's job for it. A host that
/// ran without a job server leaves wake-ups without a job; the scheduler's start gives them one.
/// </summary>
public interface IWakeIndex
{
    /// <summary>At most <paramref name="max"/> open bookmarks with a wake-up time and no job, earliest first.</summary>
    ValueTask<IReadOnlyList<DueWake>> WithoutJobAsync(int max, CancellationToken cancellationToken = default);

    /// <summary>
    /// Saves <paramref name="jobId"/> on the bookmark while it is still open, still wakes at <paramref name="wakeAt"/>
    /// and still has no job; false otherwise (the caller then deletes the job).
    /// </summary>
    ValueTask<bool> AttachJobAsync(string bookmarkId, DateTimeOffset wakeAt, string jobId, CancellationToken cancellationToken = default);
}
