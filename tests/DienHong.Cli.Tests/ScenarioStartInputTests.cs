using Shouldly;

namespace DienHong.Cli.Tests;

/// <summary>
/// A scenario's start obeys the definition as a server start does: a variable that is no input is refused by name and
/// the scenario fails at its start; a variable filled from the starter holds the scenario's <c>by</c>.
/// </summary>
public sealed class ScenarioStartInputTests : IDisposable
{
    private readonly TempFolder temp = new();

    [Fact]
    public async Task A_start_that_names_the_requester_fails_naming_it()
    {
        var scenario = temp.Write("forged.scenario.json", $$"""
            {
              "workflow": "{{Workflow().Replace("\\", "\\\\", StringComparison.Ordinal)}}",
              "start": "2027-03-01T08:00:00+07:00",
              "input": { "requester": "E0101", "subject": "x" }
            }
            """);

        var run = await Cli.RunAsync("simulate", scenario);

        run.Exit.ShouldBe(1, run.Out + run.Error);
        (run.Out + run.Error).ShouldContain("the variable 'requester' is not an input of this workflow");
    }

    [Fact]
    public async Task The_requester_is_who_the_scenario_says_starts_it()
    {
        var scenario = temp.Write("by.scenario.json", $$"""
            {
              "workflow": "{{Workflow().Replace("\\", "\\\\", StringComparison.Ordinal)}}",
              "start": "2027-03-01T08:00:00+07:00",
              "by": "E0147",
              "input": { "subject": "x" },
              "steps": [ { "expect": { "vars": { "requester": "E0147" } } } ]
            }
            """);

        var run = await Cli.RunAsync("simulate", scenario);

        run.Exit.ShouldBe(0, run.Out + run.Error);
    }

    public void Dispose() => temp.Dispose();

    private static string Workflow() => Path.Combine(Cli.Samples("scenarios"), "..", "..", "workflows", "definitions", "information-request.workflow.json");
}
