using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace DienHong.Web.Application.Administration;

/// <summary>
/// Re-reads the administration records every <see cref="Interval"/> (làm mới định kỳ), so a substitution or a day
/// recorded on another node is followed here within that time without a restart.
/// </summary>
public sealed partial class AdministrationRefresher(AdministrationRecords records, TimeProvider clock, ILogger<AdministrationRefresher> logger) : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(2);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, clock);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false))
            {
                try
                {
                    await records.RefreshAsync(stoppingToken).ConfigureAwait(false);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    // The last records read stay in force; the next tick tries again.
                    RefreshFailed(logger, e);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    [LoggerMessage(EventId = 2101, Level = LogLevel.Warning, Message = "Reading the recorded substitutions and calendar days failed; the last ones read stay in force.")]
    private static partial void RefreshFailed(ILogger logger, Exception exception);
}
