using DienHong.Calendar;
using DienHong.Engine;
using DienHong.Engine.Runtime;
using DienHong.Engine.Storage;
using DienHong.Persistence;
using DienHong.Persistence.Entities;
using DienHong.Persistence.Sqlite;
using DienHong.Workflows.Activities;
using DienHong.Workflows.Organization;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace DienHong.Simulation;

/// <summary>
/// A throw-away engine (máy chạy thử) for one scenario: the real engine on a temporary SQLite file, a fake clock and
/// the Vietnam working calendar. Disposing it deletes the file.
/// </summary>
public sealed class SimulationHost : IAsyncDisposable
{
    private static readonly Lazy<WorkingCalendar> VietnamCalendarInstance = new(() => VietnamCalendar.Create(null));

    private readonly ServiceProvider provider;
    private readonly string folder;

    private SimulationHost(string folder, FakeTimeProvider clock, string? organizationFile)
    {
        this.folder = folder;
        Clock = clock;
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(clock);
        services.AddSingleton<IWorkingCalendar>(Calendar);
        services.AddDienHongEngine(null, typeof(HumanTaskActivity).Assembly);
        services.AddDienHongSqlite(Path.Combine(folder, "simulation.db"));
        if (organizationFile is not null)
        {
            services.AddDienHongOrganization(organizationFile);
        }

        provider = services.BuildServiceProvider();
    }

    /// <summary>The Vietnam working calendar (official files found from the current workspace or next to the tool).</summary>
    public static WorkingCalendar Calendar => VietnamCalendarInstance.Value;

    public FakeTimeProvider Clock { get; }

    public WorkflowEngine Engine => provider.GetRequiredService<WorkflowEngine>();

    public IWorkflowStore Store => provider.GetRequiredService<IWorkflowStore>();

    /// <summary>The scenario's organisation, when it names one.</summary>
    public IAssigneeResolver? Assignees => provider.GetService<IAssigneeResolver>();

    public DefinitionRepository Definitions => provider.GetRequiredService<DefinitionRepository>();

    private SqliteDatabase Database => provider.GetRequiredService<SqliteDatabase>();

    /// <summary>A new host on a new temporary database file, its clock at <paramref name="start"/>.</summary>
    public static async Task<SimulationHost> CreateAsync(DateTimeOffset start, string? organizationFile = null, CancellationToken cancellationToken = default)
    {
        var folder = Path.Combine(Path.GetTempPath(), "dienhong-simulate", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var host = new SimulationHost(folder, new FakeTimeProvider(start), organizationFile);
        try
        {
            await host.Database.MigrateAsync(cancellationToken);
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

    public async Task<IReadOnlyList<JournalEntity>> JournalAsync(string instanceId, CancellationToken cancellationToken = default)
    {
        await using var db = Database.NewContext();
        return await db.Journal.AsNoTracking().Where(j => j.InstanceId == instanceId).OrderBy(j => j.Seq).ToListAsync(cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        var connectionString = Database.ConnectionString;
        await provider.DisposeAsync();
        using (var connection = new SqliteConnection(connectionString))
        {
            SqliteConnection.ClearPool(connection);
        }

        try
        {
            Directory.Delete(folder, true);
        }
        catch (IOException)
        {
            // Left for the OS to clean with the temp folder.
        }
    }
}
