using System.Text.Json;
using Shouldly;

namespace DienHong.Cli.Tests;

/// <summary>
/// Through the command line: an automatic loop ends in an incident, told in the reader's language (the journal keeps
/// its code and arguments), and the flow rules are reported by validate.
/// </summary>
public sealed class RoutingTests : IDisposable
{
    private const string Loop = """
        {
          "key": "endless",
          "version": 1,
          "name": { "vi": "Vòng lặp", "en": "Loop" },
          "variables": [ { "name": "i", "type": "number", "default": 0 } ],
          "nodes": [
            { "id": "start", "type": "Start" },
            { "id": "count", "type": "SetVariable", "variable": "i", "value": "=vars.i + 1" },
            { "id": "check", "type": "Decision", "condition": "=vars.i > 0" },
            { "id": "end", "type": "End" }
          ],
          "edges": [
            { "from": "start", "to": "count" },
            { "from": "count", "to": "check" },
            { "from": "check", "outcome": "True", "to": "count" },
            { "from": "check", "outcome": "False", "to": "end" }
          ]
        }
        """;

    private readonly TempFolder temp = new();

    [Fact]
    public async Task An_automatic_loop_ends_in_an_incident_naming_its_nodes_and_the_command_exits_normally()
    {
        var run = await Cli.RunAsync("simulate", LoopScenario());

        run.Exit.ShouldBe(0, run.Out + run.Error);
        run.Out.ShouldContain("Scenario passed.");
        run.Out.ShouldContain("the run executed 10000 steps without waiting for anyone or anything: an automatic loop through check → count");
    }

    [Fact]
    public async Task Validate_warns_about_the_loop_and_still_accepts_the_file()
    {
        var workflow = temp.Write("endless.workflow.json", Loop);

        var run = await Cli.RunAsync("validate", workflow);

        run.Exit.ShouldBe(0, run.Out + run.Error);
        run.Out.ShouldContain($"{workflow}:8: warning: node 'count': the cycle count → check has no node that waits");
    }

    [Fact]
    public async Task Validate_refuses_an_outcome_that_leads_nowhere()
    {
        var workflow = temp.Write("lost.workflow.json", Loop.Replace("""
            ,
                { "from": "check", "outcome": "False", "to": "end" }
            """, string.Empty, StringComparison.Ordinal));

        using var output = new StringWriter();
        using var error = new StringWriter();

        var exit = await CliApp.RunAsync(["--lang", "vi", "validate", workflow], output, error);

        exit.ShouldBe(1, output.ToString() + error);
        output.ToString().ShouldContain($"{workflow}:9: node 'check': các kết quả sau không dẫn tới đâu: 'False'.");
    }

    [Fact]
    public async Task The_incident_is_told_in_Vietnamese_when_the_reader_chose_Vietnamese()
    {
        var run = await Cli.RunViAsync("simulate", LoopScenario());

        run.Exit.ShouldBe(0, run.Out + run.Error);
        run.Out.ShouldContain("lượt chạy đã thực hiện 10000 bước mà không chờ người hay sự kiện nào: vòng lặp tự động qua check → count");
        run.Out.ShouldNotContain("the run executed");
    }

    [Fact]
    public async Task The_json_journal_keeps_the_incident_as_its_code_and_arguments()
    {
        var run = await Cli.RunAsync("simulate", LoopScenario(), "--json");

        run.Exit.ShouldBe(0, run.Out + run.Error);
        using var json = JsonDocument.Parse(run.Out);
        var last = json.RootElement.GetProperty("journal").EnumerateArray().Last();
        last.GetProperty("event").GetString().ShouldBe("InstanceFaulted");
        var data = last.GetProperty("data");
        data.GetProperty("code").GetString().ShouldBe("run.step-budget");
        data.GetProperty("args")[0].GetInt32().ShouldBe(10000);
        data.GetProperty("args")[1].GetString().ShouldBe("check → count");
    }

    public void Dispose() => temp.Dispose();

    /// <summary>A scenario that runs <see cref="Loop"/> until its step budget stops it.</summary>
    private string LoopScenario()
    {
        var workflow = temp.Write("endless.workflow.json", Loop);
        return temp.Write("endless.scenario.json", $$"""
            {
              "workflow": {{JsonSerializer.Serialize(workflow)}},
              "start": "2027-02-01T08:00:00+07:00",
              "steps": [ { "expect": { "status": "Faulted" } } ]
            }
            """);
    }
}
