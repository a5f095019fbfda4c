using Shouldly;

namespace DienHong.Cli.Tests;

public sealed class SimulateTests : IDisposable
{
    private readonly TempFolder temp = new();

    public static TheoryData<string> SampleScenarios()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.EnumerateFiles(Cli.Samples("scenarios"), "*.scenario.json").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(file));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(SampleScenarios))]
    public async Task Every_sample_scenario_passes(string name)
    {
        var run = await Cli.RunAsync("simulate", Path.Combine(Cli.Samples("scenarios"), name));

        run.Exit.ShouldBe(0, run.Out + run.Error);
        run.Out.ShouldContain("Scenario passed.");
    }

    [Fact]
    public async Task Json_has_the_stable_shape()
    {
        var run = await Cli.RunAsync("simulate", Path.Combine(Cli.Samples("scenarios"), "salary-increase.scenario.json"), "--json");

        run.Exit.ShouldBe(0, run.Error);
        var json = run.Json();
        // Extended only: the first fields keep their names and order; new ones come after them.
        json.EnumerateObject().Select(p => p.Name).ShouldBe(["status", "outcome", "vars", "openTasks", "journal", "failures", "scenario", "workflow"]);
        json.GetProperty("scenario").GetString().ShouldBe(Path.Combine(Cli.Samples("scenarios"), "salary-increase.scenario.json"));
        json.GetProperty("workflow").GetString().ShouldBe(Path.Combine(Cli.Samples("definitions"), "salary-increase.workflow.json"));
        json.GetProperty("status").GetString().ShouldBe("Completed");
        json.GetProperty("outcome").GetString().ShouldBe("Approved");
        json.GetProperty("vars").GetProperty("published").GetBoolean().ShouldBeTrue();
        json.GetProperty("failures").GetArrayLength().ShouldBe(0);
        var first = json.GetProperty("journal")[0];
        first.EnumerateObject().Select(p => p.Name).ShouldBe(["seq", "at", "node", "event", "actor", "outcome", "comment", "nodeName", "actorName", "data"]);
        first.GetProperty("at").GetString().ShouldBe("2027-02-01T08:00:00+07:00");
        json.GetProperty("journal").EnumerateArray().ShouldContain(e => e.GetProperty("event").GetString() == "TaskCompleted"
            && e.GetProperty("actor").GetString() == "head" && e.GetProperty("comment").GetString() == "Đồng ý");
    }

    [Fact]
    public async Task Open_tasks_show_node_assignee_and_due()
    {
        var scenario = Scenario("""[ { "expect": { "openTasks": ["draft"] } } ]""");

        var run = await Cli.RunAsync("simulate", scenario, "--json");

        run.Exit.ShouldBe(0, run.Error);
        var task = run.Json().GetProperty("openTasks").EnumerateArray().Single();
        task.GetProperty("node").GetString().ShouldBe("draft");
        task.GetProperty("assignee").GetString().ShouldBe("role:staff");
        task.GetProperty("due").GetString().ShouldBe("2027-02-16T00:00:00+07:00");
    }

    [Fact]
    public async Task A_wrong_expectation_exits_1_naming_expected_and_found()
    {
        var scenario = Scenario("""
            [ { "complete": "draft", "by": "staff", "outcome": "Submitted" },
              { "expect": { "openTasks": ["draft"] } },
              { "complete": "sign", "by": "head", "outcome": "Signed" } ]
            """);

        var run = await Cli.RunAsync("simulate", scenario, "--json");

        run.Exit.ShouldBe(1);
        var json = run.Json();
        var failure = json.GetProperty("failures").EnumerateArray().Single().GetString()!;
        failure.ShouldContain("step 2");
        failure.ShouldContain("expected openTasks [draft]");
        failure.ShouldContain("found [sign]");
        json.GetProperty("status").GetString().ShouldBe("Suspended");
        json.GetProperty("journal").EnumerateArray().ShouldNotContain(e => e.GetProperty("node").GetString() == "sign" && e.GetProperty("event").GetString() == "TaskCompleted");
    }

    [Fact]
    public async Task Open_tasks_say_how_long_is_left_or_how_late_they_are()
    {
        var waiting = await Cli.RunAsync("simulate", Scenario("[]"));
        var late = await Cli.RunAsync("simulate", Scenario("""[ { "advance": { "workingDays": 7 } } ]"""));
        var vi = await Cli.RunViAsync("simulate", Scenario("""[ { "advance": { "workingDays": 7 } } ]"""));

        // Started Monday 1 Feb 2027, due at the end of Monday 15 Feb: Tết (5-11 Feb) is not counted.
        waiting.Out.ShouldContain("(5 working days left)");
        late.Out.ShouldContain("overdue by");
        vi.Out.ShouldContain("quá hạn");
    }

    [Fact]
    public async Task A_wrong_due_date_names_both_dates()
    {
        var scenario = Scenario("""[ { "expect": { "dueDates": { "draft": "2027-02-08" } } } ]""");

        var run = await Cli.RunAsync("simulate", scenario);

        run.Exit.ShouldBe(1);
        run.Out.ShouldContain("expected the due date of 'draft' 2027-02-08, found 2027-02-15");
    }

    [Fact]
    public async Task Advancing_past_the_deadline_makes_the_task_overdue()
    {
        var scenario = Scenario("""
            [ { "advance": { "workingDays": 5 } },
              { "expect": { "overdue": ["draft"] } } ]
            """);

        (await Cli.RunAsync("simulate", scenario)).Exit.ShouldBe(0);
    }

    [Fact]
    public async Task Objecting_where_no_activity_is_open_fails_the_step()
    {
        var scenario = Scenario("""[ { "object": "sign", "by": "staff", "text": "Phản đối" } ]""");

        var run = await Cli.RunAsync("simulate", scenario, "--json");

        run.Exit.ShouldBe(1);
        run.Json().GetProperty("failures")[0].GetString()!.ShouldContain("step 1: object 'sign': the node has no open activity");
    }

    [Fact]
    public async Task Voting_on_a_task_that_takes_no_vote_is_refused()
    {
        var scenario = Scenario("""[ { "vote": "draft", "by": "staff", "choice": "yes" } ]""");

        var run = await Cli.RunAsync("simulate", scenario);

        run.Exit.ShouldBe(1);
        run.Out.ShouldContain("step 1: vote 'draft' was refused");
    }

    [Fact]
    public async Task A_refused_completion_fails_with_the_engine_message()
    {
        var scenario = Scenario("""[ { "complete": "draft", "by": "staff", "outcome": "Approved" } ]""");

        var run = await Cli.RunAsync("simulate", scenario);

        run.Exit.ShouldBe(1);
        run.Out.ShouldContain("step 1: complete 'draft' with 'Approved' was refused");
    }

    [Fact]
    public async Task Cancel_ends_the_instance()
    {
        var scenario = Scenario("""[ { "cancel": "Withdrawn" }, { "expect": { "status": "Cancelled", "openTasks": [] } } ]""");

        (await Cli.RunAsync("simulate", scenario)).Exit.ShouldBe(0);
    }

    [Fact]
    public async Task Malformed_scenario_exits_2()
    {
        var file = temp.Write("broken.scenario.json", "{ \"workflow\": ");

        var run = await Cli.RunAsync("simulate", file);

        run.Exit.ShouldBe(2);
        run.Error.ShouldContain("broken.scenario.json");
        run.Error.ShouldContain("malformed JSON");
    }

    [Fact]
    public async Task Unknown_step_kind_exits_2_naming_the_step()
    {
        var run = await Cli.RunAsync("simulate", Scenario("""[ { "expect": {} }, { "jump": "draft" } ]"""));

        run.Exit.ShouldBe(2);
        run.Error.ShouldContain("step 2: unknown step kind");
    }

    [Fact]
    public async Task Unknown_node_exits_2_naming_the_step()
    {
        var run = await Cli.RunAsync("simulate", Scenario("""[ { "complete": "nowhere", "outcome": "Done" } ]"""));

        run.Exit.ShouldBe(2);
        run.Error.ShouldContain("step 1: complete: unknown node 'nowhere'");
    }

    [Fact]
    public async Task Missing_scenario_file_exits_2()
    {
        var run = await Cli.RunAsync("simulate", Path.Combine(temp.Path, "none.scenario.json"), "--json");

        run.Exit.ShouldBe(2);
        run.Error.ShouldContain("none.scenario.json");
        run.Out.ShouldBeEmpty();
    }

    private string Scenario(string steps) => ScenarioFiles.Write(temp, steps);

    public void Dispose() => temp.Dispose();
}
