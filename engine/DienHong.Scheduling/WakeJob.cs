using DienHong.Engine.Runtime;
using Microsoft.Extensions.Logging;

namespace DienHong.Scheduling;

/// <summary>
/// The Hangfire job that wakes one bookmark (đánh thức điểm chờ) at its time. Delivering it twice, late, or after
/// the bookmark was closed or moved does nothing: the engine ignores a wake whose time no longer matches.
/// </summary>
public sealed partial class WakeJob(WorkflowEngine engine, ILogger<WakeJob> logger)
{
    /// <summary>
    /// Resumes <paramref name="bookmarkId"/> of <paramref name="instanceId"/> with a wake at
    /// <paramref name="wakeAtUnixMs"/>. The engine takes the instance's lock before it loads, so a job that runs
    /// while the scheduling run is still committing waits for that commit. A conflict throws, so Hangfire retries.
    /// </summary>
    public async Task RunAsync(string instanceId, string bookmarkId, long wakeAtUnixMs, CancellationToken cancellationToken)
    {
        var wakeAt = DateTimeOffset.FromUnixTimeMilliseconds(wakeAtUnixMs);
        var result = await engine.WakeAsync(bookmarkId, wakeAt, instanceId, cancellationToken).ConfigureAwait(false);
        switch (result.Status)
        {
            case RunStatus.Ok:
                LogWoken(logger, bookmarkId, instanceId, wakeAt);
                break;
            case RunStatus.AlreadyConsumed or RunStatus.NotFound:
                LogIgnored(logger, bookmarkId, instanceId, result.Message);
                break;
            case RunStatus.Conflict:
                throw new InvalidOperationException($"Wake-up of bookmark '{bookmarkId}' (instance '{instanceId}') conflicted: {result.Message}");
            default:
                LogRefused(logger, bookmarkId, instanceId, result.Status, result.Message);
                break;
        }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Woke bookmark {BookmarkId} of instance {InstanceId} (due {WakeAt:o}).")]
    private static partial void LogWoken(ILogger logger, string bookmarkId, string instanceId, DateTimeOffset wakeAt);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Wake-up of bookmark {BookmarkId} of instance {InstanceId} ignored: {Reason}")]
    private static partial void LogIgnored(ILogger logger, string bookmarkId, string instanceId, string? reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Wake-up of bookmark {BookmarkId} of instance {InstanceId} refused ({Status}): {Reason}")]
    private static partial void LogRefused(ILogger logger, string bookmarkId, string instanceId, RunStatus status, string? reason);
}
