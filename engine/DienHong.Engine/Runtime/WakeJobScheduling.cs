using DienHong.Engine.Storage;

namespace DienHong.Engine.Runtime;

/// <summary>
/// The wake-up jobs of one run (lịch đánh thức): every new or moved wake-up gets its job before the commit, so the
/// job id is saved with its bookmark; after the commit the jobs of closed or moved bookmarks are deleted, and when
/// the commit fails the jobs just made are deleted instead (compensation), so no job outlives what it wakes.
/// </summary>
internal sealed class WakeJobScheduling(IWorkflowScheduler scheduler)
{
    /// <summary>The run's changes with job ids on their wake-ups, and the stored bookmarks whose old jobs they replace.</summary>
    public (RunChanges Changes, IReadOnlyList<BookmarkRecord> Replaced) Schedule(RunChanges changes)
    {
        if (!changes.AddedBookmarks.Any(b => b.WakeAt is not null) && changes.UpdatedBookmarks.Count == 0)
        {
            return (changes, []);
        }

        var replaced = changes.UpdatedBookmarks.Where(b => b.JobId is not null).ToList();
        BookmarkRecord WithJob(BookmarkRecord b) =>
            b.WakeAt is { } wake ? b with { JobId = scheduler.Schedule(b.InstanceId, b.Id, wake) } : b with { JobId = null };
        return (changes with
        {
            AddedBookmarks = changes.AddedBookmarks.Select(WithJob).ToList(),
            UpdatedBookmarks = changes.UpdatedBookmarks.Select(WithJob).ToList(),
        }, replaced);
    }

    /// <summary>The commit held: the closed bookmarks' jobs and the replaced jobs go.</summary>
    public void Committed(RunChanges changes, IReadOnlyList<BookmarkRecord> replaced) =>
        Cancel(changes.RemovedBookmarks.Concat(replaced));

    /// <summary>The commit failed: the jobs this run made go, and the stored ones stay.</summary>
    public void Compensate(RunChanges changes) =>
        Cancel(changes.AddedBookmarks.Concat(changes.UpdatedBookmarks));

    private void Cancel(IEnumerable<BookmarkRecord> bookmarks)
    {
        foreach (var b in bookmarks)
        {
            if (b.JobId is { } job)
            {
                scheduler.Cancel(job);
            }
        }
    }
}
