using System.Text.Json;
using Shouldly;

namespace DienHong.Cli.Tests;

/// <summary>
/// The journal keeps an incident as a code with its arguments; the command line's journal view words it in the
/// language the reader chose, while <c>--json</c> keeps the code and arguments as data.
/// </summary>
public sealed class FaultTextTests : IDisposable
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
    public async Task An_incident_is_told_in_Vietnamese_when_the_reader_chose_Vietnamese()
    {
        var run = await Cli.RunViAsync("simulate", Scenario());

        run.Exit.ShouldBe(0, run.Out + run.Error);
        run.Out.ShouldContain("lượt chạy đã thực hiện 10000 bước mà không chờ người hay sự kiện nào: vòng lặp tự động qua check → count");
        run.Out.ShouldNotContain("the run executed");
    }

    [Fact]
    public async Task The_json_journal_keeps_the_incident_as_its_code_and_arguments()
    {
        var run = await Cli.RunAsync("simulate", Scenario(), "--json");

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

    private string Scenario()
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
