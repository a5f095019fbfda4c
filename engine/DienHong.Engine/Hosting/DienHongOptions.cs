using System.Reflection;
using DienHong.Calendar;
using DienHong.Engine.Runtime;
using Microsoft.Extensions.Configuration;

namespace DienHong.Engine.Hosting;

/// <summary>
/// Everything a host chooses (cấu hình máy chạy quy trình): the database, the working calendar, the key file, the
/// activity assemblies and the engine's limits. Set in code (<c>o.UseSqlite(path).UseVietnamCalendar(folder)</c>, the
/// store's method coming from its assembly) or
/// from configuration (<c>Database:Provider</c>, <c>Database:Path</c>, <c>Database:ConnectionString</c>,
/// <c>Calendar:Folder</c>, <c>Keys:File</c>); checked when the host starts.
/// </summary>
public sealed class DienHongOptions
{
    /// <summary>Assemblies in the application's folder whose name starts with this are scanned for activities and stores.</summary>
    public const string DefaultAssemblyPrefix = "DienHong.";

    private readonly List<Assembly> assemblies = [];
    private readonly List<Action<EngineOptions>> engine = [];

    public DatabaseOptions Database { get; } = new();

    /// <summary>The folder of <c>vn-&lt;year&gt;.json</c> files for <see cref="VietnamCalendar"/>.</summary>
    public string? CalendarFolder { get; set; }

    /// <summary>A calendar given as an object (tests, the scenario runner); wins over <see cref="CalendarFolder"/>.</summary>
    public IWorkingCalendar? Calendar { get; set; }

    /// <summary>The key file; by default <c>dienhong.keys</c> beside a SQLite database.</summary>
    public string? KeyFile { get; set; }

    public string AssemblyPrefix { get; set; } = DefaultAssemblyPrefix;

    /// <summary>Whether the application's folder is scanned (see <see cref="AssemblyPrefix"/>); off, only the given assemblies are.</summary>
    public bool ScanApplicationFolder { get; set; } = true;

    /// <summary>The folder scanned; by default the application's (<see cref="AppContext.BaseDirectory"/>).</summary>
    public string ApplicationFolder { get; set; } = AppContext.BaseDirectory;

    public IReadOnlyList<Assembly> Assemblies => assemblies;

    /// <summary>Assemblies of the application's folder left out because their types do not load, each with the reason (for the host to report).</summary>
    public IList<string> SkippedAssemblies { get; } = [];

    /// <summary>
    /// Names the store and where it is; a store assembly's extension (<c>UseSqlite</c>, <c>UsePostgres</c>) calls this
    /// and adds its own assembly, so it is found even when the application's folder is not scanned.
    /// </summary>
    public DienHongOptions UseStore(string provider, string? path, string? connectionString, bool readOnly = false)
    {
        Database.Provider = provider;
        Database.Path = path;
        Database.ConnectionString = connectionString;
        Database.ReadOnly = readOnly;
        return this;
    }

    /// <summary>No database: a host that only reads and validates definitions.</summary>
    public DienHongOptions WithoutDatabase()
    {
        Database.Provider = DatabaseOptions.None;
        return this;
    }

    public DienHongOptions UseVietnamCalendar(string folder)
    {
        CalendarFolder = folder;
        return this;
    }

    public DienHongOptions UseCalendar(IWorkingCalendar calendar)
    {
        Calendar = calendar;
        return this;
    }

    public DienHongOptions UseKeyring(string keyFile)
    {
        KeyFile = keyFile;
        return this;
    }

    /// <summary>Scans these assemblies for activities and stores, besides those found in the application's folder.</summary>
    public DienHongOptions AddAssemblies(params Assembly[] more)
    {
        assemblies.AddRange(more);
        return this;
    }

    public DienHongOptions ConfigureEngine(Action<EngineOptions> configure)
    {
        engine.Add(configure);
        return this;
    }

    /// <summary>Reads the configuration keys named in the summary; values set afterwards in code win.</summary>
    public DienHongOptions Bind(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        Database.Provider = configuration["Database:Provider"] ?? Database.Provider;
        Database.Path = configuration["Database:Path"] ?? Database.Path;
        Database.ConnectionString = configuration["Database:ConnectionString"] ?? Database.ConnectionString;
        CalendarFolder = configuration["Calendar:Folder"] ?? CalendarFolder;
        KeyFile = configuration["Keys:File"] ?? KeyFile;
        return this;
    }

    internal void Configure(EngineOptions options)
    {
        foreach (var configure in engine)
        {
            configure(options);
        }
    }
}
