using DienHong.Engine.Runtime;
using Hangfire;
using Hangfire.States;

namespace DienHong.Scheduling;

/// <summary>
/// The engine's scheduler under Hangfire (bộ hẹn giờ): a wake-up needs no job of its own, <see cref="WakeDrain"/>
/// finds it in the due-time index when its time comes. Bookmarks saved by earlier versions, which made one delayed
/// <see cref="WakeJob"/> per wake-up, still carry that job's id: closing or moving such a bookmark deletes its job.
/// </summary>
public sealed class HangfireWorkflowScheduler(IBackgroundJobClient jobs) : IWorkflowScheduler
{
    /// <summary>No job: the drain wakes the bookmark.</summary>
    public string? Schedule(string instanceId, string bookmarkId, DateTimeOffset wakeAt) => null;

    /// <summary>
    /// Deletes an earlier version's job while it waits (scheduled, enqueued, or failed after its retries). A job that
    /// is running is left to finish; one that already ran or was deleted is left as it is.
    /// </summary>
    public void Cancel(string jobId)
    {
        _ = jobs.Delete(jobId, ScheduledState.StateName)
            || jobs.Delete(jobId, EnqueuedState.StateName)
            || jobs.Delete(jobId, FailedState.StateName);
    }
}
