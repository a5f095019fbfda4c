using System.Security.Claims;
using System.Text.Json.Nodes;
using Bunit;
using DienHong.Web.Components.Designer.DryRun;
using DienHong.Web.Localization;
using DienHong.Web.Security;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;
using Shouldly;

namespace DienHong.Web.Tests.Designer.DryRun;

/// <summary>The dry-run panel: the samples of the key, the steps with due dates and journal sentences, a failed expectation in red, the path and the step clicked told to the canvas.</summary>
public sealed class DryRunPanelTests : IDisposable
{
    private static readonly TimeSpan Played = TimeSpan.FromMinutes(2);

    private readonly string folder = Directory.CreateTempSubdirectory("dienhong-dryrun-panel-").FullName;
    private readonly List<IReadOnlyList<string>> paths = [];
    private readonly List<string?> selected = [];

    [Fact]
    public async Task Run_to_the_end_lists_every_step_with_its_due_dates_and_journal_and_tells_the_path()
    {
        using var _ = new CultureScope(AppCultures.Vietnamese);
        await using var ctx = Context();
        var panel = Render(ctx, DryRunHost.Catalog("salary-step-regular"));

        // The first sample of the key is offered at once.
        panel.Find("textarea[data-testid=scenario-text]").GetAttribute("value").ShouldNotBeNull().ShouldContain("\"employeeId\": \"E0142\"");
        Normal(panel);
        panel.Find("[data-testid=run-all]").Click();

        panel.WaitForElement("[data-testid=passed]", Played).TextContent.ShouldBe("Mọi kết quả mong đợi đều đúng.");
        var steps = panel.FindAll("[data-testid=step]");
        var scenarioSteps = JsonNode.Parse(DryRunHost.Sample("salary-step-regular.normal"))!["steps"]!.AsArray().Count;
        steps.Count.ShouldBe(scenarioSteps + 1);
        steps.ShouldAllBe(s => s.GetAttribute("data-failed") == "false");
        steps[0].QuerySelectorAll("[data-testid=due]").Select(d => d.TextContent.Trim()).ShouldContain(t => t.EndsWith("hạn 15/02/2027", StringComparison.Ordinal));
        steps[0].QuerySelector("[data-testid=journal]")!.TextContent.ShouldNotBeNullOrWhiteSpace();
        paths.ShouldHaveSingleItem().ShouldContain("hr-prepare");
    }

    [Fact]
    public async Task A_failed_expectation_is_shown_in_red_on_its_step()
    {
        using var _ = new CultureScope(AppCultures.English);
        await using var ctx = Context();
        var definition = DryRunHost.Catalog("salary-step-regular");
        definition["nodes"]!.AsArray().OfType<JsonObject>().Single(n => (string?)n["id"] == "hr-prepare")["due"] = new JsonObject { ["workingDays"] = 15 };
        var panel = Render(ctx, definition);
        Normal(panel);

        panel.Find("[data-testid=run-all]").Click();

        panel.WaitForElement("[data-testid=failed]", Played).TextContent.ShouldBe("An expectation failed at step 1.");
        var failed = panel.Find("[data-testid=step][data-failed=true]");
        failed.GetAttribute("data-step").ShouldBe("1");
        failed.QuerySelector("[data-testid=step-failure]")!.TextContent.ShouldBe("expected the due date of 'hr-prepare' 2027-02-15, found 2027-03-01");
        panel.FindAll("[data-testid=step]").Count.ShouldBe(2);
    }

    [Fact]
    public async Task Step_reveals_one_step_at_a_time_and_a_click_selects_its_node()
    {
        using var _ = new CultureScope(AppCultures.English);
        await using var ctx = Context();
        var panel = Render(ctx, DryRunHost.Catalog("salary-step-regular"));
        Normal(panel);

        panel.Find("[data-testid=run-step]").Click();
        panel.WaitForAssertion(() => panel.FindAll("[data-testid=step]").Count.ShouldBe(1), Played);
        panel.Find("[data-testid=run-step]").Click();
        panel.Find("[data-testid=run-step]").Click();
        panel.Find("[data-testid=run-step]").Click();

        panel.FindAll("[data-testid=step]").Select(s => s.GetAttribute("data-step")).ShouldBe(["0", "1", "2", "3"]);
        paths.Count.ShouldBe(4);
        paths[0].ShouldContain("hr-prepare");
        paths[^1].Count.ShouldBeGreaterThanOrEqualTo(paths[0].Count);
        panel.Find("[data-testid=step][data-step='3']").Click();
        selected.ShouldBe(["hr-prepare"]);
        panel.Find("[data-testid=revealed]").TextContent.ShouldStartWith("4 of ");
    }

    [Fact]
    public async Task A_broken_scenario_shows_its_line_before_and_after_a_run()
    {
        using var _ = new CultureScope(AppCultures.English);
        await using var ctx = Context();
        var panel = Render(ctx, DryRunHost.Catalog("salary-step-regular"));

        panel.Find("textarea[data-testid=scenario-text]").Change("{\n  \"start\": \n}");
        panel.Markup.ShouldContain("line 3: The scenario is not valid JSON");
        panel.Find("[data-testid=run-all]").HasAttribute("disabled").ShouldBeTrue();

        panel.Find("textarea[data-testid=scenario-text]").Change("{\n  \"start\": \"2027-02-01T08:00:00\",\n  \"stepz\": []\n}");
        panel.Find("[data-testid=run-all]").Click();

        var finding = panel.WaitForElement("[data-testid=finding]", Played);
        finding.GetAttribute("data-line").ShouldBe("3");
        finding.TextContent.ShouldContain("line 3: the scenario has an unknown key 'stepz': did you mean 'steps'?");
        panel.FindAll("[data-testid=step]").ShouldBeEmpty();
    }

    [Fact]
    public async Task A_workflow_without_samples_starts_from_a_skeleton_of_its_inputs()
    {
        using var _ = new CultureScope(AppCultures.English);
        await using var ctx = Context();
        var definition = DryRunHost.Catalog("information-request");
        definition["key"] = "my-own-request";
        var panel = ctx.Render<DryRunPanel>(p => p.Add(x => x.Key, "my-own-request").Add(x => x.Definition, definition));

        panel.Find("[data-testid=no-samples]").TextContent.ShouldBe("No scenario ships with this workflow: write one.");
        var skeleton = JsonNode.Parse(panel.Find("textarea[data-testid=scenario-text]").GetAttribute("value")!)!;
        skeleton["agency"]!.GetValue<string>().ShouldBe("van-phong");
        skeleton["input"]!.AsObject().Select(p => p.Key).ShouldBe(["subject"]);
    }

    public void Dispose() => Directory.Delete(folder, true);

    private static void Normal(IRenderedComponent<DryRunPanel> panel) =>
        panel.Find("textarea[data-testid=scenario-text]").Change(DryRunHost.Sample("salary-step-regular.normal"));

    private IRenderedComponent<DryRunPanel> Render(BunitContext ctx, JsonObject definition) =>
        ctx.Render<DryRunPanel>(p => p
            .Add(x => x.Key, "salary-step-regular")
            .Add(x => x.Definition, definition)
            .Add(x => x.PathChanged, path => paths.Add(path))
            .Add(x => x.StepSelected, node => selected.Add(node)));

    private BunitContext Context()
    {
        var ctx = new BunitContext();
        ctx.JSInterop.Mode = JSRuntimeMode.Loose;
        ctx.Services.AddMudServices();
        ctx.Services.AddSingleton<TimeProvider>(Demo.Clock(new DateOnly(2027, 2, 1)));
        ctx.Services.AddSingleton<CurrentPerson>();
        DryRunHost.Register(ctx.Services, folder);
        var user = Demo.Person("E0101");
        var auth = ctx.AddAuthorization();
        auth.SetAuthorized(user.Identity!.Name!);
        auth.SetClaims([.. user.Claims.Where(c => c.Type is not ClaimTypes.Name and not ClaimTypes.Role)]);
        return ctx;
    }
}
