using Hangfire;
using Microsoft.Extensions.Hosting;

namespace DienHong.Scheduling;

/// <summary>
/// Runs the Hangfire job server (máy chủ tác vụ) in the host. On start it registers the wake-up drain
/// (<see cref="WakeDrain"/>) and the recurring launches; the engine database must be migrated before. It reads no
/// bookmark: a start costs the same on an empty database and on one with a million open tasks.
/// </summary>
public sealed class HangfireServerService(
    JobStorage storage,
    BackgroundJobServerOptions options,
    IRecurringJobManager recurringJobs,
    RecurringLaunches launches) : IHostedService, IDisposable
{
    private BackgroundJobServer? server;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        WakeDrain.Register(recurringJobs);
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
