using DienHong.Engine.Activities;

namespace DienHong.Workflows.Activities;

/// <summary>
/// What happens when a task is overdue (chuyển cấp khi quá hạn): after <see cref="After"/> counted from the due
/// time, either reassign it (<c>reassign</c>, to a role or user) or complete it with outcome <c>Overdue</c>.
/// </summary>
public sealed record Escalation(DurationValue After, string Action, Assignee? To);
