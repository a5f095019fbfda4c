using DienHong.Engine.Runtime;
using DienHong.Engine.Storage;
using Microsoft.Extensions.Logging;

namespace DienHong.Scheduling;

/// <summary>
/// Startup reconciliation (đối soát lịch hẹn): open bookmarks with a wake time but no job id (saved by a host that
/// had no job server, e.g. the polling scheduler) get their job now. Each bookmark is updated under its instance's
/// lock, and only while its wake time is unchanged and it still has no job; otherwise the new job is deleted.
/// </summary>
public sealed partial class MissingWakeJobs(IWakeIndex wakes, IWorkflowScheduler scheduler, IInstanceLocks locks, ILogger<MissingWakeJobs> logger)
{
    /// <summary>Schedules every missing wake-up job and returns how many it scheduled.</summary>
    public async Task<int> ScheduleMissingJobsAsync(CancellationToken cancellationToken = default)
    {
        var missing = await wakes.WithoutJobAsync(int.MaxValue, cancellationToken).ConfigureAwait(false);
        var scheduled = 0;
        foreach (var wake in missing)
        {
            if (await ScheduleAsync(wake, cancellationToken).ConfigureAwait(false))
            {
                scheduled++;
            }
        }

        LogReconciled(logger, scheduled, missing.Count);
        return scheduled;
    }

    private async Task<bool> ScheduleAsync(DueWake wake, CancellationToken cancellationToken)
    {
        await using var held = await locks.AcquireAsync(wake.InstanceId, cancellationToken).ConfigureAwait(false);
        if (scheduler.Schedule(wake.InstanceId, wake.BookmarkId, wake.WakeAt) is not { } job)
        {
            return false;
        }

        if (await wakes.AttachJobAsync(wake.BookmarkId, wake.WakeAt, job, cancellationToken).ConfigureAwait(false))
        {
            return true;
        }

        scheduler.Cancel(job);
        return false;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Scheduled {Scheduled} missing wake-up jobs ({Found} bookmarks had none).")]
    private static partial void LogReconciled(ILogger logger, int scheduled, int found);
}
