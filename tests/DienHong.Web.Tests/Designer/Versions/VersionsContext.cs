using System.Security.Claims;
using System.Text.Json.Nodes;
using Bunit;
using DienHong.Calendar;
using DienHong.Engine.Catalog;
using DienHong.Engine.Hosting;
using DienHong.Persistence;
using DienHong.Web.Application.Definitions;
using DienHong.Web.Application.Designer.Versions;
using DienHong.Web.Security;
using DienHong.Workflows.Activities;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;
using Shouldly;

namespace DienHong.Web.Tests.Designer.Versions;

/// <summary>
/// A bunit context for the versions panel on a real engine and SQLite file: the catalog's internal-regulation
/// workflow published as version 1 by the system, then version 2 (a longer staff consultation) by Lê Thị Mai.
/// </summary>
internal sealed class VersionsContext : IAsyncDisposable
{
    public const string Key = "internal-regulation";

    /// <summary>The workflow administrator who saves and publishes version 2.</summary>
    public const string AdminId = "E0002";

    /// <summary>The version the catalog file states, and the one published after it.</summary>
    public static readonly int Shipped = Catalog()["version"]!.GetValue<int>();

    public static readonly int Next = Shipped + 1;

    private readonly string folder = Directory.CreateTempSubdirectory("dienhong-versions-").FullName;

    public VersionsContext(ClaimsPrincipal user)
    {
        Bunit.JSInterop.Mode = JSRuntimeMode.Loose;
        Bunit.Services.AddMudServices();
        Bunit.Services.AddSingleton(Demo.Organization);
        Bunit.Services.AddSingleton<TimeProvider>(Clock);
        Bunit.Services.AddSingleton<CurrentPerson>();
        Bunit.Services.AddDienHong(o => o.UseCalendar(WorkingCalendar.Weekdays).AddAssemblies(typeof(HumanTaskActivity).Assembly).UseSqlite(Path.Combine(folder, "dienhong.db")));
        Bunit.Services.AddSingleton<DefinitionService>();
        Bunit.Services.AddSingleton<DesignerVersionService>();
        var auth = Bunit.AddAuthorization();
        auth.SetAuthorized(user.Identity!.Name!);
        auth.SetRoles([.. user.FindAll(ClaimTypes.Role).Select(c => c.Value)]);
        auth.SetClaims([.. user.Claims.Where(c => c.Type is not ClaimTypes.Name and not ClaimTypes.Role)]);
        Bunit.Renderer.SetRendererInfo(new RendererInfo("Server", isInteractive: true));
    }

    public BunitContext Bunit { get; } = new();

    public Microsoft.Extensions.Time.Testing.FakeTimeProvider Clock { get; } = Demo.Clock(new DateOnly(2027, 2, 1));

    public static JsonObject Catalog() =>
        JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "definitions", Key + ".workflow.json")))!.AsObject();

    /// <summary>Version 1 as the catalog has it, and version 2 with a 15-working-day staff consultation, published an hour later.</summary>
    public async Task PublishTwoVersionsAsync()
    {
        await Bunit.Services.StartDienHongAsync();
        var catalog = Bunit.Services.GetRequiredService<DefinitionCatalog>();
        await catalog.ImportPublishedAsync(Catalog().ToJsonString());
        Clock.Advance(TimeSpan.FromHours(1));
        var definitions = Bunit.Services.GetRequiredService<DefinitionService>();
        var admin = Bunit.Services.GetRequiredService<CurrentPerson>().Resolve(Demo.Person(AdminId, DienHongClaims.WorkflowAdmin));
        var saved = await definitions.ImportAsync(admin, Longer(Catalog(), 15).ToJsonString());
        (await definitions.PublishAsync(admin, Key, saved.Value!.Version)).Succeeded.ShouldBeTrue();
    }

    /// <summary>The definition with its staff consultation open for <paramref name="workingDays"/>.</summary>
    public static JsonObject Longer(JsonObject definition, int workingDays)
    {
        definition["nodes"]!.AsArray().Single(n => (string)n!["id"]! == "consult-staff")!["deadline"]!["workingDays"] = workingDays;
        return definition;
    }

    public async ValueTask DisposeAsync()
    {
        await Bunit.DisposeAsync();
        Directory.Delete(folder, recursive: true);
    }
}
