using DienHong.Engine.Runtime;
using Hangfire;
using Hangfire.Storage.SQLite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace DienHong.Scheduling;

/// <summary>Registers the durable scheduler (Hangfire) for the engine.</summary>
public static class ServiceCollectionExtensions
{
    /// <summary>
    /// Uses Hangfire for every wake-up: a Hangfire.Storage.SQLite file at <paramref name="hangfireDbPath"/> (beside the
    /// engine database), a job server in this process (<see cref="HangfireServerService"/>, a hosted service), and
    /// <see cref="HangfireWorkflowScheduler"/> in place of the engine's scheduler. Both the storage's queue polling and
    /// the server's schedule polling run every second, so a timer fires within about two seconds of its time.
    /// <para>
    /// <b>One node only.</b> Two processes sharing one Hangfire SQLite file run some jobs twice, silently. For several
    /// nodes use a shared PostgreSQL storage instead.
    /// </para>
    /// Recurring launches take their agencies from <see cref="IAgencyDirectory"/>: register one before or after this
    /// call, or give <paramref name="agencyIds"/> for a fixed list.
    /// </summary>
    public static IServiceCollection AddDienHongHangfire(
        this IServiceCollection services,
        string hangfireDbPath,
        IEnumerable<string>? agencyIds = null,
        Action<BackgroundJobServerOptions>? configureServer = null)
    {
        var path = Path.GetFullPath(hangfireDbPath);
        if (Path.GetDirectoryName(path) is { Length: > 0 } folder)
        {
            Directory.CreateDirectory(folder);
        }

        services.AddSingleton<JobStorage>(_ => new SQLiteStorage(path, new SQLiteStorageOptions { QueuePollInterval = TimeSpan.FromSeconds(1) }));
        services.AddSingleton<IBackgroundJobClient>(sp => new BackgroundJobClient(sp.GetRequiredService<JobStorage>()));
        services.AddSingleton<IRecurringJobManager>(sp => new RecurringJobManager(sp.GetRequiredService<JobStorage>()));
        services.AddSingleton(sp =>
        {
            var options = new BackgroundJobServerOptions
            {
                SchedulePollingInterval = TimeSpan.FromSeconds(1),
                Activator = new ServiceProviderJobActivator(sp.GetRequiredService<IServiceScopeFactory>()),
                WorkerCount = Math.Min(Environment.ProcessorCount * 2, 10),
            };
            configureServer?.Invoke(options);
            return options;
        });

        services.RemoveAll<IWorkflowScheduler>();
        services.AddSingleton<IWorkflowScheduler, HangfireWorkflowScheduler>();
        services.TryAddSingleton<IAgencyDirectory>(new ConfiguredAgencyDirectory(agencyIds ?? []));
        services.AddTransient<WakeJob>();
        services.AddTransient<RecurringLaunches>();
        services.AddSingleton<MissingWakeJobs>();
        services.AddSingleton<HangfireServerService>();
        services.AddHostedService(sp => sp.GetRequiredService<HangfireServerService>());
        return services;
    }
}
