using DienHong.Calendar;

namespace DienHong.Web.Application.Tasks;

/// <summary>
/// An open task (việc cần làm) as the inbox and a case show it: where it is (case, step, workflow, agency), who it is
/// for, its deadline, and what it offers (outcomes that decide it, actions that can be taken on it, the form to fill).
/// </summary>
public sealed record TaskItem(
    string Id,
    string InstanceId,
    string NodeId,
    LocalizedText NodeName,
    string WorkflowKey,
    int WorkflowVersion,
    LocalizedText WorkflowName,
    string? Agency,
    string? CorrelationKey,
    string? Assignee,
    DateTimeOffset? DueAt,
    bool Overdue,
    DateTimeOffset CreatedAt,
    IReadOnlyList<string> Outcomes,
    IReadOnlyList<TaskAction> Actions)
{
    /// <summary>The fields to fill when deciding it; empty when it has no form.</summary>
    public IReadOnlyList<TaskFormField> Form { get; init; } = [];
}
