using DienHong.Engine.Runtime;
using Hangfire;
using Microsoft.Extensions.Logging;

namespace DienHong.Scheduling;

/// <summary>
/// The wake-up drain (quét hẹn giờ đến hạn): one recurring Hangfire job, every second, that wakes every bookmark
/// whose time has come, read from the engine's due-time index. It replaces one delayed job per bookmark: a start or
/// a completion writes nothing to the job storage, and a start on a large database schedules nothing. A wake
/// delivered twice (two nodes, an overlapping run) does one step: the engine ignores a wake whose time no longer
/// matches.
/// </summary>
public sealed partial class WakeDrain(WorkflowEngine engine, TimeProvider clock, ILogger<WakeDrain> logger)
{
    /// <summary>The recurring job's id.</summary>
    public const string JobId = "dienhong-wake-ups";

    /// <summary>Every second (Hangfire's six-part cron; the job server polls its schedule every second).</summary>
    public const string EverySecond = "* * * * * *";

    // A drain that outlasts a second (a backlog after downtime) is not joined by the next tick in this process.
    private int running;

    /// <summary>Registers (or updates) the recurring job.</summary>
    public static void Register(IRecurringJobManager jobs) =>
        jobs.AddOrUpdate<WakeDrain>(JobId, d => d.RunAsync(CancellationToken.None), EverySecond);

    /// <summary>Wakes every bookmark due now, earliest first; returns how many took effect (0 when another drain is running).</summary>
    [AutomaticRetry(Attempts = 0, OnAttemptsExceeded = AttemptsExceededAction.Delete)]
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        if (Interlocked.Exchange(ref running, 1) == 1)
        {
            return 0;
        }

        try
        {
            var fired = await engine.FireDueAsync(clock.GetUtcNow(), cancellationToken).ConfigureAwait(false);
            if (fired > 0)
            {
                LogFired(logger, fired);
            }

            return fired;
        }
        finally
        {
            Volatile.Write(ref running, 0);
        }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Woke {Fired} bookmarks whose time had come.")]
    private static partial void LogFired(ILogger logger, int fired);
}
