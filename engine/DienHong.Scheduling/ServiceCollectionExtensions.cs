using DienHong.Engine.Runtime;
using Hangfire;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace DienHong.Scheduling;

/// <summary>Registers the durable scheduler (Hangfire) for the engine.</summary>
public static class ServiceCollectionExtensions
{
    /// <summary>
    /// Uses Hangfire for every wake-up with a Hangfire.Storage.SQLite file at <paramref name="hangfireDbPath"/> (beside
    /// the engine database). <b>One node only</b>: two processes sharing one Hangfire SQLite file run some jobs twice,
    /// silently; for several nodes use <see cref="AddDienHongHangfirePostgres"/>. See
    /// <see cref="AddDienHongHangfire(IServiceCollection, HangfireStorageOptions, IEnumerable{string}?, Action{BackgroundJobServerOptions}?)"/>.
    /// </summary>
    public static IServiceCollection AddDienHongHangfire(
        this IServiceCollection services,
        string hangfireDbPath,
        IEnumerable<string>? agencyIds = null,
        Action<BackgroundJobServerOptions>? configureServer = null) =>
        services.AddDienHongHangfire(HangfireStorageOptions.Sqlite(hangfireDbPath), agencyIds, configureServer);

    /// <summary>
    /// Uses Hangfire for every wake-up with job storage on PostgreSQL (Hangfire.PostgreSql, tables in
    /// <paramref name="schema"/>, created if missing): several nodes may share it, each job runs on one of them. The
    /// engine's own store is still SQLite (see <see cref="HangfireStorageOptions"/>).
    /// </summary>
    public static IServiceCollection AddDienHongHangfirePostgres(
        this IServiceCollection services,
        string connectionString,
        IEnumerable<string>? agencyIds = null,
        Action<BackgroundJobServerOptions>? configureServer = null,
        string schema = HangfireStorageOptions.DefaultPostgresSchema) =>
        services.AddDienHongHangfire(HangfireStorageOptions.Postgres(connectionString, schema), agencyIds, configureServer);

    /// <summary>
    /// Uses Hangfire for every wake-up: the job storage chosen by <paramref name="storage"/> (SQLite file or
    /// PostgreSQL), a job server in this process (<see cref="HangfireServerService"/>, a hosted service) that runs
    /// <see cref="WakeDrain"/> every second, and <see cref="HangfireWorkflowScheduler"/> in place of the engine's
    /// scheduler. The drain's schedule and the storage's queue are both polled every second, so a timer fires within
    /// about three seconds of its time.
    /// Recurring launches take their agencies from <see cref="IAgencyDirectory"/>: register one before or after this
    /// call, or give <paramref name="agencyIds"/> for a fixed list.
    /// </summary>
    public static IServiceCollection AddDienHongHangfire(
        this IServiceCollection services,
        HangfireStorageOptions storage,
        IEnumerable<string>? agencyIds = null,
        Action<BackgroundJobServerOptions>? configureServer = null)
    {
        ArgumentNullException.ThrowIfNull(storage);
        storage.Validate();
        services.AddSingleton(storage);
        services.AddSingleton<JobStorage>(_ => storage.CreateStorage());
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
        services.AddSingleton<WakeDrain>();
        services.AddSingleton<HangfireServerService>();
        services.AddHostedService(sp => sp.GetRequiredService<HangfireServerService>());
        return services;
    }
}
