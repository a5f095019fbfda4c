using System.Security.Claims;
using Blazor.Diagrams.Core.Geometry;
using Bunit;
using DienHong.Web.Application.Designer.Canvas;
using DienHong.Web.Components.Pages;
using DienHong.Web.Localization;
using DienHong.Web.Security;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;
using Shouldly;

namespace DienHong.Web.Tests.Designer.Canvas;

/// <summary>The designer page on a real engine with the catalog published: a catalog workflow opens on the canvas, is edited as a new draft, and shows the validator's findings on the node and in the Problems tab.</summary>
public sealed class DesignerPageTests : IAsyncLifetime
{
    private const string Workflow = "annual-staff-conference";

    private DesignerHost host = null!;

    public async Task InitializeAsync() => host = await DesignerHost.StartAsync(catalog: true);

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task A_catalog_workflow_opens_read_only_with_every_node_and_edge_and_no_palette()
    {
        using var _ = new CultureScope(AppCultures.Vietnamese);
        await using var ctx = Context(Demo.Person("E0101"));
        var page = ctx.Render<DesignerEditor>(p => p.Add(x => x.Key, Workflow));

        var document = DesignerDocument.Parse((await host.Designer.OpenAsync(PersonAccess.Anonymous, Workflow)).Value!.Json);
        page.WaitForAssertion(() => page.FindAll("[data-testid=canvas-node]").Count.ShouldBe(document.Nodes.Count()));
        page.Find("[data-testid=canvas]").GetAttribute("data-readonly").ShouldBe("true");
        page.FindAll("[data-testid=palette]").ShouldBeEmpty();
        page.FindAll("[data-testid=edit-as-draft]").ShouldBeEmpty();
        page.Find("[data-testid=status-line]").TextContent.ShouldContain("chỉ xem");
        page.FindAll(".diagram-link").Count.ShouldBe(document.Edges.Count());
        page.FindAll("[data-testid=node-errors]").ShouldBeEmpty();
        // The edges' outcomes in the page's language: a ballot's "Passed" reads "Thông qua".
        var labels = page.FindAll(".diagram-link-label").Select(l => l.TextContent.Trim()).ToList();
        labels.ShouldContain("Thông qua");
        labels.ShouldNotContain("Passed");
    }

    [Fact]
    public async Task An_administrator_edits_as_a_new_draft_and_a_new_node_missing_properties_gets_a_red_badge_a_problem_and_blocks_publishing()
    {
        using var _ = new CultureScope(AppCultures.English);
        await using var ctx = Context(Demo.Admin(DienHongClaims.WorkflowAdmin));
        var page = ctx.Render<DesignerEditor>(p => p.Add(x => x.Key, Workflow));
        page.WaitForElement("[data-testid=edit-as-draft]").Click();

        var types = page.FindAll("[data-testid=palette-item]").Select(b => b.GetAttribute("data-type")).ToList();
        types.ShouldBe(host.Activities.Types, ignoreOrder: true);
        page.Find("[data-testid=publish]").HasAttribute("disabled").ShouldBeFalse();

        page.Find("[data-testid=palette-item][data-type=HumanTask]").Click();

        page.WaitForAssertion(() => page.Find("[data-testid=canvas-node][data-node=human-task-1] [data-testid=node-errors]").TextContent.ShouldNotBe("0"), TimeSpan.FromSeconds(5));
        page.Find("[data-testid=publish]").HasAttribute("disabled").ShouldBeTrue();
        page.Find("[data-testid=publish-blocked]").TextContent.ShouldContain("Publishing is refused");
        var problems = page.FindAll("[data-testid=problem][data-node=human-task-1]");
        problems.ShouldNotBeEmpty();
        problems[0].Click();
        page.WaitForAssertion(() => page.Find("[data-testid=canvas-node][data-node=human-task-1]").ClassList.ShouldContain("dh-node-selected"));
        page.Find("[data-testid=save-state]").TextContent.ShouldBe("Unsaved changes");

        page.Find(".dh-designer-work").KeyDown(new Microsoft.AspNetCore.Components.Web.KeyboardEventArgs { Key = "z", CtrlKey = true });

        page.WaitForAssertion(() => page.FindAll("[data-testid=canvas-node][data-node=human-task-1]").ShouldBeEmpty());
        page.WaitForAssertion(() => page.Find("[data-testid=publish]").HasAttribute("disabled").ShouldBeFalse(), TimeSpan.FromSeconds(5));
    }

    [Fact]
    public async Task The_selected_node_opens_in_the_properties_tab_and_its_edit_changes_the_diagram_and_can_be_undone()
    {
        using var _ = new CultureScope(AppCultures.English);
        await using var ctx = Context(Demo.Admin(DienHongClaims.WorkflowAdmin));
        var page = ctx.Render<DesignerEditor>(p => p.Add(x => x.Key, "salary-step-regular"));
        page.WaitForElement("[data-testid=edit-as-draft]").Click();
        var id = DesignerDocument.Parse((await host.Designer.OpenAsync(PersonAccess.Anonymous, "salary-step-regular")).Value!.Json).Nodes
            .Select(DesignerDocument.IdOf).First(n => n != "start");

        page.Find($"div.diagram-node[data-node-id={id}]").PointerDown(new Microsoft.AspNetCore.Components.Web.PointerEventArgs { Button = 0, PointerType = "mouse" });
        page.FindAll(".mud-tab").Single(t => t.TextContent.Trim() == "Properties").Click();

        var panel = page.WaitForElement($"[data-testid=node-properties][data-node={id}]");
        panel.GetAttribute("data-readonly").ShouldBe("false");
        var node = (System.Text.Json.Nodes.JsonObject)page.FindComponent<Components.Designer.Properties.NodeProperties>().Instance.Definition["nodes"]!.AsArray()
            .OfType<System.Text.Json.Nodes.JsonObject>().Single(n => DesignerDocument.IdOf(n) == id).DeepClone();
        node["name"] = new System.Text.Json.Nodes.JsonObject { ["vi"] = "Bước đã đổi tên", ["en"] = "A renamed step" };
        await page.InvokeAsync(() => page.FindComponent<Components.Designer.Properties.NodeProperties>().Instance.NodeChanged.InvokeAsync(node));

        page.WaitForAssertion(() => page.Find($"[data-testid=canvas-node][data-node={id}] .dh-node-name").TextContent.ShouldBe("A renamed step"));
        page.Find("[data-testid=save-state]").TextContent.ShouldBe("Unsaved changes");
        page.Find("[data-testid=undo]").Click();
        page.WaitForAssertion(() => page.Find($"[data-testid=canvas-node][data-node={id}] .dh-node-name").TextContent.ShouldNotBe("A renamed step"));
    }

    private BunitContext Context(ClaimsPrincipal user)
    {
        var ctx = new BunitContext();
        ctx.JSInterop.Mode = JSRuntimeMode.Loose;
        ctx.JSInterop.Setup<Rectangle>("ZBlazorDiagrams.getBoundingClientRect", _ => true).SetResult(new Rectangle(0, 0, 900, 620));
        ctx.Services.AddMudServices();
        ctx.Services.AddSingleton(Demo.Organization);
        ctx.Services.AddSingleton<TimeProvider>(Demo.Clock(new DateOnly(2027, 2, 1)));
        ctx.Services.AddSingleton<CurrentPerson>();
        ctx.Services.AddSingleton(host.Designer);
        // The other tabs (properties, versions, dry run) take their services from the real host.
        ctx.Services.AddFallbackServiceProvider(host.Services);
        var auth = ctx.AddAuthorization();
        auth.SetAuthorized(user.Identity!.Name!);
        auth.SetRoles([.. user.FindAll(ClaimTypes.Role).Select(c => c.Value)]);
        auth.SetClaims([.. user.Claims.Where(c => c.Type is not ClaimTypes.Name and not ClaimTypes.Role)]);
        ctx.Render<MudBlazor.MudPopoverProvider>();
        return ctx;
    }
}
