using DienHong.Calendar;
using DienHong.Engine;
using DienHong.Engine.Catalog;
using DienHong.Engine.Hosting;
using DienHong.Engine.Runtime;
using DienHong.Engine.Storage;
using DienHong.Engine.Validation;
using DienHong.Persistence;
using DienHong.Persistence.Sqlite;
using DienHong.Workflows.Activities;
using DienHong.Workflows.Organization;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace DienHong.Simulation;

/// <summary>
/// The engine a scenario runs on (máy chạy thử): the real engine on a SQLite file, a fake clock and the Vietnam
/// working calendar. The file is temporary and deleted on dispose, unless the run keeps it at a given path.
/// </summary>
public sealed class SimulationHost : IAsyncDisposable
{
    private readonly ServiceProvider provider;
    private readonly string? temporaryFolder;
    private readonly WatchedDaySource days;

    private SimulationHost(string databasePath, string? temporaryFolder, FakeTimeProvider clock, IDaySource daysOff, Organization? organization)
    {
        this.temporaryFolder = temporaryFolder;
        Clock = clock;
        days = new WatchedDaySource(daysOff);
        Calendar = new WorkingCalendar(WorkingCalendar.VietnamTimeZone, days);
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(clock);
        var dienHong = services.AddDienHong(o => o.UseSqlite(databasePath).UseCalendar(Calendar).AddAssemblies(typeof(HumanTaskActivity).Assembly));
        if (organization is not null)
        {
            dienHong.UseOrganization(organization);
        }

        provider = services.BuildServiceProvider();
    }

    /// <summary>The deadline calculator of this run, on the days off it was given.</summary>
    public WorkingCalendar Calendar { get; }

    /// <summary>The first calendar file problem any deadline of this run met, if one did.</summary>
    public CalendarFileException? CalendarProblem => days.Problem;

    public FakeTimeProvider Clock { get; }

    /// <summary>The scenario's organisation directory, when it names one.</summary>
    public IOrganizationDirectory? OrganizationDirectory => provider.GetService<IOrganizationDirectory>();

    public WorkflowEngine Engine => provider.GetRequiredService<WorkflowEngine>();

    public IWorkflowStore Store => provider.GetRequiredService<IWorkflowStore>();

    /// <summary>The scenario's organisation, when it names one.</summary>
    public IAssigneeResolver? Assignees => provider.GetService<IAssigneeResolver>();

    public DefinitionCatalog Definitions => provider.GetRequiredService<DefinitionCatalog>();

    public DefinitionValidator Validator => provider.GetRequiredService<DefinitionValidator>();

    private SqliteDatabase Database => provider.GetRequiredService<SqliteDatabase>();

    /// <summary>
    /// A new host with its clock at <paramref name="start"/>: on a new temporary database file, or on
    /// <see cref="SimulationOptions.KeepDatabase"/> (created, or added to, and kept).
    /// </summary>
    public static async Task<SimulationHost> CreateAsync(DateTimeOffset start, SimulationOptions options, Organization? organization = null, CancellationToken cancellationToken = default)
    {
        // A private folder per run (created with the user's own permissions), removed when the host is disposed.
        var folder = options.KeepDatabase is null ? Directory.CreateTempSubdirectory("dienhong-simulate-").FullName : null;

        var database = options.KeepDatabase ?? Path.Combine(folder!, "simulation.db");
        var host = new SimulationHost(database, folder, new FakeTimeProvider(start), options.DaysOff, organization);
        try
        {
            await host.provider.StartDienHongAsync(cancellationToken);
            return host;
        }
        catch
        {
            await host.DisposeAsync();
            throw;
        }
    }

    /// <summary>Moves the fake clock forward to <paramref name="to"/>; never backwards.</summary>
    public void MoveClockTo(DateTimeOffset to)
    {
        if (to > Clock.GetUtcNow())
        {
            Clock.SetUtcNow(to);
        }
    }

    public ValueTask<IReadOnlyList<JournalEntry>> JournalAsync(string instanceId, CancellationToken cancellationToken = default) =>
        provider.GetRequiredService<IJournalReader>().ReadAsync(instanceId, 0, int.MaxValue, cancellationToken);

    public async ValueTask DisposeAsync()
    {
        var connectionString = Database.ConnectionString;
        await provider.DisposeAsync();
        using (var connection = new SqliteConnection(connectionString))
        {
            SqliteConnection.ClearPool(connection);
        }

        if (temporaryFolder is null)
        {
            return;
        }

        try
        {
            Directory.Delete(temporaryFolder, true);
        }
        catch (IOException)
        {
            // Left for the OS to clean with the temp folder.
        }
    }
}
