using DienHong.Engine.Runtime;
using DienHong.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace DienHong.Scheduling;

/// <summary>
/// Startup reconciliation (đối soát lịch hẹn): open bookmarks with a wake time but no job id (saved by a host that
/// had no job server, e.g. the polling scheduler) get their job now. Each bookmark is updated under its instance's
/// lock, and only while its wake time is unchanged and it still has no job; otherwise the new job is deleted.
/// </summary>
public sealed partial class MissingWakeJobs(DienHongContexts database, IWorkflowScheduler scheduler, IInstanceLocks locks, ILogger<MissingWakeJobs> logger)
{
    /// <summary>Schedules every missing wake-up job and returns how many it scheduled.</summary>
    public async Task<int> ScheduleMissingJobsAsync(CancellationToken cancellationToken = default)
    {
        List<(string Id, string InstanceId, long WakeAt)> missing;
        await using (var db = database.Create())
        {
            missing = (await db.Bookmarks.AsNoTracking()
                .Where(b => b.WakeAt != null && b.JobId == null)
                .Select(b => new { b.Id, b.InstanceId, WakeAt = b.WakeAt!.Value })
                .ToListAsync(cancellationToken).ConfigureAwait(false))
                .Select(b => (b.Id, b.InstanceId, b.WakeAt)).ToList();
        }

        var scheduled = 0;
        foreach (var (id, instanceId, wakeAt) in missing)
        {
            await using var held = await locks.AcquireAsync(instanceId, cancellationToken).ConfigureAwait(false);
            var job = scheduler.Schedule(instanceId, id, DateTimeOffset.FromUnixTimeMilliseconds(wakeAt));
            if (job is null)
            {
                continue;
            }

            await using var db = database.Create();
            var updated = await db.Bookmarks
                .Where(b => b.Id == id && b.JobId == null && b.WakeAt == wakeAt)
                .ExecuteUpdateAsync(s => s.SetProperty(b => b.JobId, job), cancellationToken).ConfigureAwait(false);
            if (updated == 0)
            {
                scheduler.Cancel(job);
                continue;
            }

            scheduled++;
        }

        LogReconciled(logger, scheduled, missing.Count);
        return scheduled;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Scheduled {Scheduled} missing wake-up jobs ({Found} bookmarks had none).")]
    private static partial void LogReconciled(ILogger logger, int scheduled, int found);
}
