using System.Security.Claims;
using System.Text.Json.Nodes;
using Bunit;
using DienHong.Calendar;
using DienHong.Engine;
using DienHong.Engine.Activities;
using DienHong.Web.Application.Designer.Properties;
using DienHong.Web.Application.Organisation;
using DienHong.Web.Security;
using DienHong.Workflows.Activities;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using MudBlazor.Services;

namespace DienHong.Web.Tests.Designer.Properties;

/// <summary>
/// A bunit context for the property panel: the real activity registry (engine and governance activities), the real
/// Vietnamese calendar of <c>workflows/calendars</c>, the demo organisation, a clock at 09:00 on <see cref="Day"/>
/// and a signed-in workflow administrator of the district (E0108).
/// </summary>
internal static class PropertiesContext
{
    /// <summary>Monday 1 February 2027, four days before Tết Đinh Mùi.</summary>
    public static readonly DateOnly Day = new(2027, 2, 1);

    public const string Agency = "ubnd-huyen";

    public static WorkingCalendar Calendar { get; } = VietnamCalendar.Create(VietnamCalendar.FindCalendarsFolder());

    /// <summary>Every activity the server registers.</summary>
    public static ActivityRegistry Registry { get; } = Services().BuildServiceProvider().GetRequiredService<ActivityRegistry>();

    public static BunitContext Create(params IActivity[] extra)
    {
        var ctx = new BunitContext();
        ctx.JSInterop.Mode = JSRuntimeMode.Loose;
        ctx.Services.AddMudServices();
        foreach (var service in Services())
        {
            ctx.Services.Add(service);
        }

        if (extra.Length > 0)
        {
            ctx.Services.Replace(ServiceDescriptor.Singleton(new ActivityRegistry([.. Registry.All, .. extra])));
        }

        var auth = ctx.AddAuthorization();
        var user = Demo.Person("E0108");
        auth.SetAuthorized(user.Identity!.Name!);
        auth.SetClaims([.. user.Claims.Where(c => c.Type is not ClaimTypes.Name and not ClaimTypes.Role)]);
        return ctx;
    }

    /// <summary>A definition holding <paramref name="node"/> and a declared variable of each common type.</summary>
    public static JsonObject Definition(JsonObject node) => new()
    {
        ["key"] = "sample",
        ["version"] = 1,
        ["name"] = new JsonObject { ["vi"] = "Mẫu" },
        ["variables"] = new JsonArray(
            new JsonObject { ["name"] = "fullName", ["type"] = "string", ["default"] = "Nguyễn Văn An" },
            new JsonObject { ["name"] = "score", ["type"] = "number" }),
        ["nodes"] = new JsonArray(new JsonObject { ["id"] = "start", ["type"] = "Start" }, node),
        ["edges"] = new JsonArray(new JsonObject { ["from"] = "start", ["to"] = node["id"]!.GetValue<string>() }),
    };

    public static IRenderedComponent<PanelHost> Render(BunitContext ctx, JsonObject definition, string nodeId = "n", bool readOnly = false,
        IReadOnlyList<Application.Definitions.ValidationFinding>? findings = null) =>
        ctx.Render<PanelHost>(p => p
            .Add(h => h.Definition, definition)
            .Add(h => h.NodeId, nodeId)
            .Add(h => h.ReadOnly, readOnly)
            .Add(h => h.AgencyId, Agency)
            .Add(h => h.Findings, findings));

    private static ServiceCollection Services()
    {
        var services = new ServiceCollection();
        services.AddDienHongEngine(null, typeof(HumanTaskActivity).Assembly);
        services.AddSingleton<IWorkingCalendar>(Calendar);
        services.AddSingleton<TimeProvider>(Demo.Clock(Day));
        services.AddSingleton(Demo.Organization);
        services.AddSingleton<CurrentPerson>();
        services.AddSingleton<OrganisationService>();
        services.AddDesignerProperties();
        return services;
    }
}
