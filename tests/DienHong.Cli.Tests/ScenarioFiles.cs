using System.Text.Json;

namespace DienHong.Cli.Tests;

/// <summary>Scenario files for tests: the sample sequence (draft, then sign) started Monday 1 February 2027 08:00.</summary>
public static class ScenarioFiles
{
    /// <summary>A scenario on the sample sequence (draft, then sign).</summary>
    public static string Write(TempFolder temp, string steps, string start = "2027-02-01T08:00:00+07:00", string? organization = null, string? agency = null)
    {
        var workflow = JsonSerializer.Serialize(Path.Combine(Cli.Samples("definitions"), "sequence.workflow.json"));
        var extra = (organization is null ? string.Empty : $", \"organization\": {JsonSerializer.Serialize(organization)}")
            + (agency is null ? string.Empty : $", \"agency\": {JsonSerializer.Serialize(agency)}");
        return temp.Write($"{Guid.NewGuid():N}.scenario.json", $$"""
            { "workflow": {{workflow}}, "start": {{JsonSerializer.Serialize(start)}}, "input": { "subject": "Test" }{{extra}},
              "steps": {{steps}} }
            """);
    }
}
