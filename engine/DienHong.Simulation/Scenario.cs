using System.Text.Json.Nodes;
using DienHong.Engine.Definitions;

namespace DienHong.Simulation;

/// <summary>
/// A scenario (kịch bản chạy thử) of docs/format/scenarios.md, read and checked: its full path, the workflow it runs (resolved
/// relative to the scenario file), the organisation file (optional, also relative) and what it holds, the agency,
/// the start time on the fake clock, the start input and the steps.
/// </summary>
public sealed record Scenario(
    string File,
    string WorkflowPath,
    string WorkflowJson,
    WorkflowDefinition Workflow,
    string? OrganizationPath,
    string? Agency,
    DateTimeOffset Start,
    JsonObject? Input,
    IReadOnlyList<ScenarioStep> Steps)
{
    /// <summary>The organisation read from <see cref="OrganizationPath"/>, when the scenario names one.</summary>
    public Workflows.Organization.Organization? Organization { get; init; }

    /// <summary>Who starts the case (<c>by</c>), as a variable filled <c>from</c> the starter sees it; null for the runner's own actor.</summary>
    public string? StartedBy { get; init; }
}
