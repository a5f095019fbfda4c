using System.Text.Json;
using DienHong.Calendar;
using DienHong.Engine.Storage;
using DienHong.Web.Application.Tasks;

namespace DienHong.Web.Application.Instances;

/// <summary>
/// A case (hồ sơ) in full: where it stands, its variables, its open tasks and its incidents; <see cref="OpenNodes"/>
/// are the steps it waits at (tasks, timers, signals), for the flowchart's current position.
/// </summary>
public sealed record InstanceDetail(
    string Id,
    string WorkflowKey,
    int WorkflowVersion,
    LocalizedText WorkflowName,
    InstanceStatus Status,
    string? Outcome,
    string? CorrelationKey,
    string? Agency,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    DateTimeOffset? CompletedAt,
    JsonElement Variables,
    IReadOnlyList<TaskItem> OpenTasks,
    IReadOnlyList<IncidentItem> Incidents)
{
    public IReadOnlyList<string> OpenNodes { get; init; } = [];
}
