using Hangfire;
using Microsoft.Extensions.Hosting;

namespace DienHong.Scheduling;

/// <summary>
/// Runs the Hangfire job server (máy chủ tác vụ) in the host. On start it first schedules the wake-up jobs that
/// bookmarks are missing and registers the recurring launches; the engine database must be migrated before.
/// </summary>
public sealed class HangfireServerService(
    JobStorage storage,
    BackgroundJobServerOptions options,
    MissingWakeJobs missingJobs,
    RecurringLaunches launches) : IHostedService, IDisposable
{
    private BackgroundJobServer? server;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await missingJobs.ScheduleMissingJobsAsync(cancellationToken).ConfigureAwait(false);
        await launches.RegisterAsync(cancellationToken).ConfigureAwait(false);
        server ??= new BackgroundJobServer(options, storage);
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        if (server is { } running)
        {
            running.SendStop();
            await running.WaitForShutdownAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    public void Dispose()
    {
        server?.Dispose();
        server = null;
    }
}
