using System.Text.Json.Nodes;
using DienHong.Calendar;
using DienHong.Engine.Hosting;
using DienHong.Persistence;
using DienHong.Web.Application.Designer.DryRun;
using DienHong.Web.Security;
using DienHong.Workflows.Activities;
using DienHong.Workflows.Organization;
using Microsoft.Extensions.DependencyInjection;

namespace DienHong.Web.Tests.Designer.DryRun;

/// <summary>
/// The dry run as the server composes it: the engine's validator, the demo organisation, the Vietnam calendar of the
/// repository's <c>workflows/calendars</c>, and the given limits; plus the repository's catalog and samples.
/// </summary>
internal sealed class DryRunHost : IDisposable
{
    private readonly ServiceProvider provider;
    private readonly string folder = Directory.CreateTempSubdirectory("dienhong-dryrun-test-").FullName;

    public DryRunHost(DryRunLimits? limits = null)
    {
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(Demo.Clock(new DateOnly(2027, 2, 1)));
        Register(services, folder, limits);
        provider = services.BuildServiceProvider();
    }

    /// <summary>
    /// Registers the dry run and what it needs in <paramref name="services"/> (a bunit context's too); the engine's
    /// registrations give the validator, and are never started, so the database file in <paramref name="folder"/> stays unmade.
    /// </summary>
    public static void Register(IServiceCollection services, string folder, DryRunLimits? limits = null)
    {
        services.AddSingleton(limits ?? DryRunLimits.Default);
        services.AddDienHong(o => o.UseSqlite(Path.Combine(folder, "unused.db")).UseCalendar(Calendar).AddAssemblies(typeof(HumanTaskActivity).Assembly))
            .UseOrganization(Demo.Organization.Organization);
        services.AddDesignerDryRun();
    }

    public static WorkingCalendar Calendar { get; } = VietnamCalendar.Create(Repo("workflows", "calendars"));

    public string Folder => folder;

    public DryRunService Service => provider.GetRequiredService<DryRunService>();

    public DryRunScenarios Scenarios => provider.GetRequiredService<DryRunScenarios>();

    /// <summary>A person of the demo organisation, signed in on 1 February 2027.</summary>
    public static PersonAccess Person(string id) => Demo.Current(new DateOnly(2027, 2, 1)).Resolve(Demo.Person(id));

    public static JsonObject Catalog(string key) => (JsonObject)JsonNode.Parse(File.ReadAllText(Repo("workflows", "definitions", key + ".workflow.json")))!;

    public static string Sample(string name) => File.ReadAllText(Repo("samples", "scenarios", name + ".scenario.json"));

    public static string Repo(params string[] parts)
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (!File.Exists(Path.Combine(dir.FullName, "DienHong.slnx")))
        {
            dir = dir.Parent ?? throw new InvalidOperationException("the repository root was not found above " + AppContext.BaseDirectory);
        }

        return Path.Combine([dir.FullName, .. parts]);
    }

    public void Dispose()
    {
        provider.Dispose();
        Directory.Delete(folder, true);
    }
}
