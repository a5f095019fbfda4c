using System.Text.Json.Nodes;
using DienHong.Calendar;
using DienHong.Engine;
using DienHong.Engine.Audit;
using DienHong.Engine.Catalog;
using DienHong.Engine.Hosting;
using DienHong.Engine.Runtime;
using DienHong.Engine.Storage;
using DienHong.Persistence;
using DienHong.Persistence.Sqlite;
using DienHong.Workflows.Activities;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace DienHong.Engine.Tests;

/// <summary>
/// A real engine on a real SQLite file in a temporary folder, with a fake clock. Dispose checks that journal verify
/// finds nothing wrong (whatever the engine writes must verify), unless the test tampered with the file, and deletes
/// the folder. Several hosts may open the same file (restart tests).
/// </summary>
public sealed class TestHost : IAsyncDisposable
{
    private readonly ServiceProvider provider;
    private readonly bool ownsFolder;

    private TestHost(string folder, bool ownsFolder, FakeTimeProvider clock, Action<EngineOptions>? configure, Action<IServiceCollection>? extra)
    {
        Folder = folder;
        this.ownsFolder = ownsFolder;
        Clock = clock;
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(clock);
        // The test assembly's own activities are registered by the tests that want them, not by scanning this folder.
        services.AddDienHong(o =>
        {
            o.UseSqlite(Path.Combine(folder, "dienhong.db")).UseCalendar(WorkingCalendar.Weekdays).AddAssemblies(typeof(HumanTaskActivity).Assembly);
            o.ScanApplicationFolder = false;
            if (configure is not null)
            {
                o.ConfigureEngine(configure);
            }
        });
        extra?.Invoke(services);
        provider = services.BuildServiceProvider();
    }

    public string Folder { get; }

    public FakeTimeProvider Clock { get; }

    /// <summary>Set by a test that edits the database by hand: dispose then does not expect it to verify.</summary>
    public bool Tampered { get; set; }

    public string DatabasePath => Path.Combine(Folder, "dienhong.db");

    public WorkflowEngine Engine => provider.GetRequiredService<WorkflowEngine>();

    public IWorkflowStore Store => provider.GetRequiredService<IWorkflowStore>();

    public SqliteWorkflowStore SqliteStore => provider.GetRequiredService<SqliteWorkflowStore>();

    public DefinitionCatalog Definitions => provider.GetRequiredService<DefinitionCatalog>();

    public IJournalAudit Audit => provider.GetRequiredService<IJournalAudit>();

    public SqliteDatabase Database => provider.GetRequiredService<SqliteDatabase>();

    public T Get<T>()
        where T : notnull => provider.GetRequiredService<T>();

    /// <summary>A new host on a new database file; the clock starts at Monday 1 February 2027, 08:00 in Hanoi.</summary>
    public static Task<TestHost> CreateAsync(Action<EngineOptions>? configure = null, Action<IServiceCollection>? services = null)
    {
        var folder = Directory.CreateTempSubdirectory("dienhong-tests-").FullName;
        return OpenAsync(folder, true, new FakeTimeProvider(new DateTimeOffset(2027, 2, 1, 8, 0, 0, TimeSpan.FromHours(7))), configure, services);
    }

    /// <summary>A new host with the Châu Thành demo organisation (samples/chau-thanh/organization.json).</summary>
    public static Task<TestHost> CreateWithChauThanhAsync() => CreateAsync(services: s =>
        DienHong.Workflows.Organization.OrganizationServiceCollectionExtensions.AddDienHongOrganization(
            s, Path.Combine(AppContext.BaseDirectory, "chau-thanh", "organization.json")));

    /// <summary>A second host (a new engine object) on the same database file.</summary>
    public Task<TestHost> ReopenAsync() => OpenAsync(Folder, false, Clock, null, null);

    private static async Task<TestHost> OpenAsync(string folder, bool owns, FakeTimeProvider clock, Action<EngineOptions>? configure, Action<IServiceCollection>? services)
    {
        var host = new TestHost(folder, owns, clock, configure, services);
        await host.provider.StartDienHongAsync();
        return host;
    }

    /// <summary>Journal verify on a database opened by the test (its own keys), through the engine's audit.</summary>
    public static async Task<JournalVerification> VerifyAsync(SqliteDatabase database, AnchorFile? kept = null)
    {
        using var audit = new JournalAudit(new SqliteAuditStore(database), database.Keyring, TimeProvider.System);
        return await audit.VerifyAsync(kept);
    }

    /// <summary>Publishes a definition given as JSON text and returns its stored id.</summary>
    public async Task<StoredDefinition> PublishAsync(string json) => await Definitions.ImportPublishedAsync(json);

    public async Task<RunResult> StartAsync(string key, JsonObject? input = null, string? correlation = null) =>
        await Engine.StartAsync(new StartRequest { DefinitionKey = key, Input = input, CorrelationKey = correlation, Actor = "tester" });

    /// <summary>Completes the open task at <paramref name="node"/> of an instance.</summary>
    public async Task<RunResult> CompleteAsync(string instanceId, string node, string outcome, string actor = "tester", string? comment = null)
    {
        var loaded = await Store.LoadAsync(instanceId) ?? throw new InvalidOperationException($"No instance {instanceId}");
        var bookmark = loaded.Bookmarks.First(b => b.NodeId == node);
        return await Engine.ResumeAsync(bookmark.Id, new ResumeInput(actor, outcome, comment), instanceId);
    }

    public async Task<IReadOnlyList<JournalEntry>> JournalAsync(string instanceId) =>
        await Get<IJournalReader>().ReadAsync(instanceId, 0, int.MaxValue);

    public async ValueTask DisposeAsync()
    {
        var verification = Tampered ? null : await Audit.VerifyAsync();
        await provider.DisposeAsync();
        if (ownsFolder)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            try
            {
                Directory.Delete(Folder, true);
            }
            catch (IOException)
            {
                // A second host on the same file may still be open; the temp folder is cleaned by the OS.
            }
        }

        if (verification is { IsIntact: false })
        {
            throw new InvalidOperationException("The engine wrote a database that does not verify: " + string.Join("; ", verification.Discrepancies));
        }
    }
}
