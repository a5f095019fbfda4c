using DienHong.Calendar;
using DienHong.Engine.Activities;
using DienHong.Engine.Catalog;
using DienHong.Engine.Hosting;
using DienHong.Persistence;
using DienHong.Web.Application;
using DienHong.Web.Application.Designer.Canvas;
using DienHong.Workflows.Activities;
using DienHong.Workflows.Organization;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace DienHong.Web.Tests.Designer.Canvas;

/// <summary>The designer's services on a real engine and SQLite file in a temporary folder, with the demo organisation and, on request, the catalog published.</summary>
internal sealed class DesignerHost : IAsyncDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("dienhong-designer-").FullName;

    private DesignerHost(Action<IServiceCollection>? extra)
    {
        var collection = new ServiceCollection();
        collection.AddSingleton<TimeProvider>(Demo.Clock(new DateOnly(2027, 2, 1)));
        collection.AddDienHong(o =>
        {
            o.UseSqlite(Path.Combine(folder, "dienhong.db")).UseCalendar(WorkingCalendar.Weekdays).AddAssemblies(typeof(HumanTaskActivity).Assembly);
            o.ScanApplicationFolder = false;
        }).UseOrganization(Demo.Organization.Organization);
        collection.AddSingleton(Demo.Organization);
        collection.AddDienHongApplication();
        extra?.Invoke(collection);
        Services = collection.BuildServiceProvider();
    }

    public ServiceProvider Services { get; }

    public DesignerService Designer => Services.GetRequiredService<DesignerService>();

    public ActivityRegistry Activities => Services.GetRequiredService<ActivityRegistry>();

    public static string CatalogFolder => Path.Combine(RepositoryRoot(), "workflows", "definitions");

    public static IEnumerable<string> CatalogFiles => Directory.EnumerateFiles(CatalogFolder, "*.workflow.json").Order(StringComparer.Ordinal);

    public static async Task<DesignerHost> StartAsync(bool catalog = false, Action<IServiceCollection>? extra = null)
    {
        var host = new DesignerHost(extra);
        await host.Services.StartDienHongAsync();
        if (catalog)
        {
            var definitions = host.Services.GetRequiredService<DefinitionCatalog>();
            foreach (var file in CatalogFiles)
            {
                await definitions.ImportPublishedAsync(await File.ReadAllTextAsync(file));
            }
        }

        return host;
    }

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        SqliteConnection.ClearAllPools();
        Directory.Delete(folder, true);
    }

    private static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (!File.Exists(Path.Combine(dir!.FullName, "DienHong.slnx")))
        {
            dir = dir.Parent;
        }

        return dir.FullName;
    }
}
