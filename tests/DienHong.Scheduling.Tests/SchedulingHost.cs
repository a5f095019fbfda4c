using System.Text.Json.Nodes;
using DienHong.Calendar;
using DienHong.Engine;
using DienHong.Engine.Catalog;
using DienHong.Engine.Hosting;
using DienHong.Engine.Runtime;
using DienHong.Engine.Storage;
using DienHong.Persistence;
using DienHong.Persistence.Sqlite;
using DienHong.Workflows.Activities;
using Hangfire;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace DienHong.Scheduling.Tests;

/// <summary>
/// A real engine on a real SQLite file and a real Hangfire server on a Hangfire SQLite file (or on the PostgreSQL job
/// storage given), both in a temporary folder, on the system clock (Hangfire uses real time). Several hosts may open
/// the same folder in turn.
/// </summary>
public sealed class SchedulingHost : IAsyncDisposable
{
    public static readonly string[] Agencies = ["agency-a", "agency-b"];

    private readonly ServiceProvider provider;
    private readonly bool ownsFolder;
    private readonly bool withHangfire;
    private readonly HangfireStorageOptions? jobStorage;

    private SchedulingHost(string folder, bool ownsFolder, bool withHangfire, Action<IServiceCollection>? configure, HangfireStorageOptions? jobStorage, Action<BackgroundJobServerOptions>? configureServer)
    {
        Folder = folder;
        this.ownsFolder = ownsFolder;
        this.withHangfire = withHangfire;
        this.jobStorage = jobStorage;
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton(TimeProvider.System);
        var dienHong = services.AddDienHong(o => o.UseSqlite(Path.Combine(folder, "dienhong.db")).UseCalendar(WorkingCalendar.Weekdays).AddAssemblies(typeof(HumanTaskActivity).Assembly));
        if (withHangfire && jobStorage is not null)
        {
            services.AddDienHongHangfire(jobStorage, Agencies, configureServer);
        }
        else if (withHangfire)
        {
            // hangfire.db beside the database, as the builder puts it.
            dienHong.UseHangfire(Agencies, configureServer);
        }

        configure?.Invoke(services);
        provider = services.BuildServiceProvider();
    }

    public string Folder { get; }

    /// <summary>Leaves the folder in place on dispose, for a host reopened on it afterwards (which then owns it).</summary>
    public bool KeepFolder { get; set; }

    public WorkflowEngine Engine => provider.GetRequiredService<WorkflowEngine>();

    public IWorkflowStore Store => provider.GetRequiredService<IWorkflowStore>();

    public SqliteDatabase Database => provider.GetRequiredService<SqliteDatabase>();

    public JobStorage JobStorage => provider.GetRequiredService<JobStorage>();

    public T Get<T>()
        where T : notnull => provider.GetRequiredService<T>();

    /// <summary>
    /// A new host on a new folder; <paramref name="withHangfire"/> false gives the engine's polling scheduler.
    /// <paramref name="jobStorage"/> null keeps Hangfire's jobs in a SQLite file in the folder.
    /// </summary>
    public static Task<SchedulingHost> CreateAsync(
        bool withHangfire = true,
        Action<IServiceCollection>? configure = null,
        HangfireStorageOptions? jobStorage = null,
        Action<BackgroundJobServerOptions>? configureServer = null)
    {
        var folder = Directory.CreateTempSubdirectory("dienhong-scheduling-tests-").FullName;
        return OpenAsync(new SchedulingHost(folder, true, withHangfire, configure, jobStorage, configureServer));
    }

    /// <summary>A new host (new engine, new job server) on the same files and job storage, as after a restart; it owns the folder.</summary>
    public Task<SchedulingHost> ReopenAsync(bool withHangfire = true) =>
        OpenAsync(new SchedulingHost(Folder, true, withHangfire, null, jobStorage, null));

    public async Task PublishAsync(string json) => await provider.GetRequiredService<DefinitionCatalog>().ImportPublishedAsync(json);

    public Task<RunResult> StartAsync(string key, string? correlation = null, JsonObject? input = null) =>
        Engine.StartAsync(new StartRequest { DefinitionKey = key, CorrelationKey = correlation, Input = input, Actor = "tester" });

    public async Task<LoadedInstance> LoadAsync(string instanceId) =>
        await Store.LoadAsync(instanceId) ?? throw new InvalidOperationException($"No instance {instanceId}");

    /// <summary>Polls the store every 100 ms until the instance reaches <paramref name="status"/>; fails after the timeout.</summary>
    public async Task WaitForStatusAsync(string instanceId, InstanceStatus status, int timeoutSeconds = 20)
    {
        var deadline = DateTime.UtcNow.AddSeconds(timeoutSeconds);
        InstanceStatus last;
        do
        {
            last = (await LoadAsync(instanceId)).Instance.Status;
            if (last == status)
            {
                return;
            }

            await Task.Delay(100);
        }
        while (DateTime.UtcNow < deadline);
        throw new TimeoutException($"Instance {instanceId} is {last}, not {status}, after {timeoutSeconds} s.");
    }

    public async Task<IReadOnlyList<string>> EventsAsync(string instanceId) =>
        [.. (await Get<IJournalReader>().ReadAsync(instanceId, 0, int.MaxValue)).Select(j => j.Event)];

    /// <summary>How many delayed jobs wait in the job storage.</summary>
    public long ScheduledJobs() => JobStorage.GetMonitoringApi().ScheduledCount();

    /// <summary>The current Hangfire state name of a job (Scheduled, Enqueued, Succeeded, Deleted, ...).</summary>
    public string? JobState(string jobId)
    {
        using var connection = JobStorage.GetConnection();
        return connection.GetStateData(jobId)?.Name;
    }

    public async ValueTask DisposeAsync()
    {
        if (withHangfire)
        {
            foreach (var service in provider.GetServices<IHostedService>())
            {
                await service.StopAsync(CancellationToken.None);
            }
        }

        await provider.DisposeAsync();
        if (ownsFolder && !KeepFolder)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            try
            {
                Directory.Delete(Folder, true);
            }
            catch (IOException)
            {
                // Another host on the same folder may still hold a file; the OS cleans temp folders.
            }
            catch (UnauthorizedAccessException)
            {
                // As above.
            }
        }
    }

    private static async Task<SchedulingHost> OpenAsync(SchedulingHost host)
    {
        await host.provider.StartDienHongAsync();
        if (host.withHangfire)
        {
            foreach (var service in host.provider.GetServices<IHostedService>())
            {
                await service.StartAsync(CancellationToken.None);
            }
        }

        return host;
    }
}
