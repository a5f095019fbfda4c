using DienHong.Engine.Runtime;
using Hangfire;
using Hangfire.States;

namespace DienHong.Scheduling;

/// <summary>
/// The durable scheduler (bộ hẹn giờ bền vững) on Hangfire: every wake-up of a bookmark is one delayed
/// <see cref="WakeJob"/>, and its job id is stored on the bookmark so closing the bookmark deletes the job directly.
/// </summary>
public sealed class HangfireWorkflowScheduler(IBackgroundJobClient jobs) : IWorkflowScheduler
{
    /// <summary>Schedules <see cref="WakeJob.RunAsync"/> at <paramref name="wakeAt"/> and returns the Hangfire job id.</summary>
    public string? Schedule(string instanceId, string bookmarkId, DateTimeOffset wakeAt)
    {
        var wakeMs = wakeAt.ToUnixTimeMilliseconds();
        return jobs.Schedule<WakeJob>(j => j.RunAsync(instanceId, bookmarkId, wakeMs, CancellationToken.None), wakeAt);
    }

    /// <summary>
    /// Deletes the job while it waits (scheduled, enqueued, or failed after its retries). A job that is running is
    /// left to finish: that is the wake-up closing its own bookmark, which then ends Succeeded rather than Deleted. A
    /// job that already ran or was deleted is left as it is.
    /// </summary>
    public void Cancel(string jobId)
    {
        _ = jobs.Delete(jobId, ScheduledState.StateName)
            || jobs.Delete(jobId, EnqueuedState.StateName)
            || jobs.Delete(jobId, FailedState.StateName);
    }
}
