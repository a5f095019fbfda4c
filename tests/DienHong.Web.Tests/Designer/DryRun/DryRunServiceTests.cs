using System.Globalization;
using System.Text.Json.Nodes;
using DienHong.Web.Application.Designer.DryRun;
using Shouldly;

namespace DienHong.Web.Tests.Designer.DryRun;

/// <summary>The dry run on catalog definitions and their sample scenarios, with the demo organisation and the Vietnam calendar.</summary>
public sealed class DryRunServiceTests : IDisposable
{
    private readonly DryRunHost host = new();
    private readonly CultureScope culture = new("en");

    [Fact]
    public async Task A_sample_scenario_of_a_catalog_workflow_passes_step_by_step_with_due_dates_and_journal()
    {
        var scenario = DryRunHost.Sample("salary-step-regular.normal");

        var result = await host.Service.RunAsync(DryRunHost.Person("E0101"), DryRunHost.Catalog("salary-step-regular"), scenario);

        result.Succeeded.ShouldBeTrue(result.Refusal?.Message());
        var run = result.Value;
        run.Passed.ShouldBeTrue(string.Join(" | ", run.Steps.SelectMany(s => s.Failures)));
        run.Status.ShouldBe("Completed");
        run.Agency.ShouldBe("phong-noi-vu");
        // The start, then every step of the file, in order.
        var steps = JsonNode.Parse(scenario)!["steps"]!.AsArray();
        run.Steps.Select(s => s.Number).ShouldBe(Enumerable.Range(0, steps.Count + 1));
        var start = run.Steps[0];
        start.Kind.ShouldBe("start");
        start.Entered.ShouldContain("hr-prepare");
        start.Due.ShouldContain(d => d.NodeId == "hr-prepare" && d.LastDay == new DateOnly(2027, 2, 15));
        start.Journal.ShouldContain(j => j.Event == "TaskCreated" && j.NodeId == "hr-prepare");
        var prepared = run.Steps.First(s => s.Kind == "complete");
        prepared.Completed.ShouldContain("hr-prepare");
        prepared.Label.ShouldContain("completes");
        prepared.Journal.ShouldContain(j => j.Event == "TaskCompleted" && j.NodeId == "hr-prepare" && j.Outcome == "Submitted");
        run.Path.ShouldContain("hr-prepare");
        run.Path.ShouldBeUnique();
        run.Path.ShouldBe(DryRunResult.PathOf(run.Steps));
        run.Steps.SelectMany(s => s.Journal).Select(j => j.Seq).ShouldBe(Enumerable.Range(1, run.Steps.Sum(s => s.Journal.Count)).Select(i => (long)i));
    }

    [Fact]
    public async Task A_changed_due_is_a_failed_expectation_on_the_step_that_checks_it_and_the_run_stops_there()
    {
        // The workflow administrator gives HR 15 working days instead of 10: the sample still expects 15/02/2027, and
        // the fifteen days skip Tết 2027 (06-10/02) to end on 01/03/2027.
        var definition = DryRunHost.Catalog("salary-step-regular");
        var prepare = definition["nodes"]!.AsArray().OfType<JsonObject>().Single(n => (string?)n["id"] == "hr-prepare");
        prepare["due"] = new JsonObject { ["workingDays"] = 15 };

        var result = await host.Service.RunAsync(DryRunHost.Person("E0101"), definition, DryRunHost.Sample("salary-step-regular.normal"));

        var run = result.Value.ShouldNotBeNull();
        run.Passed.ShouldBeFalse();
        var failed = run.Steps.Where(s => s.Failed).ShouldHaveSingleItem();
        failed.Number.ShouldBe(1);
        failed.Kind.ShouldBe("expect");
        failed.Failures.ShouldHaveSingleItem().ShouldBe("expected the due date of 'hr-prepare' 2027-02-15, found 2027-03-01");
        run.Steps[^1].ShouldBeSameAs(failed);
        run.Steps[0].Due.ShouldContain(d => d.NodeId == "hr-prepare" && d.LastDay == new DateOnly(2027, 3, 1));
    }

    [Fact]
    public async Task A_bad_scenario_line_is_a_finding_with_its_line_step_and_rule()
    {
        const string scenario = """
            {
              "agency": "phong-noi-vu",
              "start": "2027-02-01T08:00:00+07:00",
              "steps": [
                { "complete": "hr-prepare", "by": "hr", "outcom": "Submitted" }
              ]
            }
            """;

        var result = await host.Service.RunAsync(DryRunHost.Person("E0101"), DryRunHost.Catalog("salary-step-regular"), scenario);

        result.Succeeded.ShouldBeFalse();
        result.Refusal.Code.Value.ShouldBe("dry-run.scenario-invalid");
        var finding = ((IReadOnlyList<DryRunFinding>)result.Refusal.Details!).ShouldHaveSingleItem();
        (finding.Source, finding.Line, finding.Step, finding.Rule).ShouldBe(("scenario", 5, 1, "scenario.step"));
        finding.Message.ShouldContain("unknown key 'outcom': did you mean 'outcome'?");
    }

    [Fact]
    public async Task An_unknown_node_and_an_unknown_agency_are_findings_never_exceptions()
    {
        var definition = DryRunHost.Catalog("salary-step-regular");
        const string unknownNode = """{ "agency": "phong-noi-vu", "start": "2027-02-01T08:00:00", "steps": [ { "complete": "nobody-here", "outcome": "Done" } ] }""";
        const string unknownAgency = """{ "agency": "atlantis", "start": "2027-02-01T08:00:00" }""";

        var node = await host.Service.RunAsync(DryRunHost.Person("E0101"), definition, unknownNode);
        var agency = await host.Service.RunAsync(DryRunHost.Person("E0101"), definition, unknownAgency);
        var json = await host.Service.RunAsync(DryRunHost.Person("E0101"), definition, "{ \"start\": ");

        ((IReadOnlyList<DryRunFinding>)node.Refusal!.Details!).ShouldHaveSingleItem().Message.ShouldContain("unknown node 'nobody-here'");
        ((IReadOnlyList<DryRunFinding>)agency.Refusal!.Details!).ShouldHaveSingleItem().Message.ShouldBe("'agency': 'atlantis' is not an agency of the organisation");
        json.Refusal!.Code.Value.ShouldBe("dry-run.scenario-invalid");
    }

    [Fact]
    public async Task A_definition_with_errors_is_refused_with_its_findings_by_line_and_rule()
    {
        var definition = DryRunHost.Catalog("salary-step-regular");
        definition["nodes"]!.AsArray().OfType<JsonObject>().Single(n => (string?)n["id"] == "hr-prepare")["escalaton"] = true;

        var result = await host.Service.RunAsync(DryRunHost.Person("E0101"), definition, DryRunHost.Sample("salary-step-regular.normal"));

        result.Refusal!.Code.Value.ShouldBe("dry-run.definition-invalid");
        var finding = ((IReadOnlyList<DryRunFinding>)result.Refusal.Details!).ShouldHaveSingleItem();
        (finding.Source, finding.NodeId).ShouldBe(("definition", "hr-prepare"));
        finding.Line.ShouldNotBeNull();
        finding.Message.ShouldContain("did you mean 'escalation'?");
    }

    [Fact]
    public async Task A_loop_that_never_waits_is_stopped_by_the_engines_step_budget()
    {
        // A wall clock generous enough for a busy machine: the engine's budget is what stops this run.
        using var patient = new DryRunHost(DryRunLimits.Default with { WallClock = TimeSpan.FromMinutes(2) });

        var result = await patient.Service.RunAsync(DryRunHost.Person("E0101"), Loop(), """{ "start": "2027-02-01T08:00:00", "steps": [ { "expect": { "status": "Completed" } } ] }""");

        var run = result.Value.ShouldNotBeNull();
        run.Status.ShouldBe("Faulted");
        run.Steps[0].Journal.ShouldContain(j => j.Event == "InstanceFaulted");
        run.Steps[1].Failures.ShouldHaveSingleItem().ShouldBe("expected status Completed, found Faulted");
        run.Steps[0].Journal.Count(j => j.Event == "NodeCompleted").ShouldBe(9_999);
        run.Path.ShouldBe(["count", "check"]);
    }

    [Fact]
    public async Task A_run_longer_than_its_wall_clock_budget_is_stopped_with_the_steps_played_so_far()
    {
        using var tight = new DryRunHost(DryRunLimits.Default with { WallClock = TimeSpan.FromMilliseconds(500) });
        // An hourly timer for ever: advancing ten years would fire it 87,600 times.
        const string scenario = """{ "start": "2027-02-01T08:00:00", "steps": [ { "expect": { "status": "Suspended" } }, { "advance": { "days": 3650 } } ] }""";

        var result = await tight.Service.RunAsync(DryRunHost.Person("E0101"), Ticker(), scenario);

        var run = result.Value.ShouldNotBeNull();
        run.Stopped.ShouldBe("The dry run was stopped after 0.5 seconds, the most one run may take: the steps above are those played until then.");
        run.Passed.ShouldBeFalse();
        // However far a loaded machine got in half a second, what came back is the steps played, in order, never the advance.
        run.Steps.Select(s => s.Number).ShouldBe(Enumerable.Range(0, run.Steps.Count));
        run.Steps.ShouldNotContain(s => s.Number == 2);
    }

    [Fact]
    public async Task Nobody_signed_in_and_oversized_texts_are_refused()
    {
        using var small = new DryRunHost(DryRunLimits.Default with { MaxScenarioChars = 100, MaxSteps = 1 });
        var definition = DryRunHost.Catalog("salary-step-regular");

        (await host.Service.RunAsync(Security.PersonAccess.Anonymous, definition, "{}")).Refusal!.Code.Value.ShouldBe("dry-run.sign-in");
        (await small.Service.RunAsync(DryRunHost.Person("E0101"), definition, new string(' ', 101))).Refusal!.Code.Value.ShouldBe("dry-run.scenario-too-large");
        (await small.Service.RunAsync(DryRunHost.Person("E0101"), definition, """{"start":"2027-02-01T08:00:00","steps":[{"expect":{}},{"expect":{}}]}"""))
            .Refusal!.Message(CultureInfo.GetCultureInfo("en")).ShouldBe("The scenario has 2 steps; a dry run plays at most 1.");
    }

    [Fact]
    public void The_samples_of_a_catalog_key_are_offered_and_a_new_scenario_starts_from_the_input_variables()
    {
        host.Scenarios.For("salary-step-regular").Select(s => s.Name).ShouldContain("salary-step-regular.normal");
        host.Scenarios.For("salary-step-regular").ShouldAllBe(s => s.Name.StartsWith("salary-step-regular.", StringComparison.Ordinal));
        host.Scenarios.For("no-such-key").ShouldBeEmpty();

        var skeleton = JsonNode.Parse(host.Scenarios.Skeleton(DryRunHost.Person("E0101"), DryRunHost.Catalog("information-request")))!;

        skeleton["agency"]!.GetValue<string>().ShouldBe("van-phong");
        skeleton["start"]!.GetValue<string>().ShouldBe("2027-02-01T08:00:00+07:00");
        // 'requester' is filled from the starter, so a start does not give it.
        skeleton["input"]!.AsObject().Select(p => p.Key).ShouldBe(["subject"]);
    }

    public void Dispose()
    {
        culture.Dispose();
        host.Dispose();
    }

    private static JsonObject Loop() => Definition(
        """{ "id": "start", "type": "Start" }, { "id": "count", "type": "SetVariable", "variable": "i", "value": "=vars.i + 1" }, { "id": "check", "type": "Decision", "condition": "=vars.i > -1" }, { "id": "end", "type": "End", "outcome": "Counted" }""",
        """{ "from": "start", "to": "count" }, { "from": "count", "to": "check" }, { "from": "check", "outcome": "True", "to": "count" }, { "from": "check", "outcome": "False", "to": "end" }""");

    private static JsonObject Ticker() => Definition(
        """{ "id": "start", "type": "Start" }, { "id": "tick", "type": "Timer", "after": { "hours": 1 } }""",
        """{ "from": "start", "to": "tick" }, { "from": "tick", "to": "tick" }""");

    private static JsonObject Definition(string nodes, string edges) => (JsonObject)JsonNode.Parse($$"""
        { "key": "dry-loop", "version": 1, "name": { "vi": "Vòng lặp", "en": "Loop" },
          "variables": [ { "name": "i", "type": "number", "default": 0 } ],
          "nodes": [ {{nodes}} ], "edges": [ {{edges}} ] }
        """)!;
}
