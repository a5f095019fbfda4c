using DienHong.Engine.Activities;
using DienHong.Engine.Definitions;

namespace DienHong.Workflows.Activities;

/// <summary>
/// What happens when a task is overdue (chuyển cấp khi quá hạn): after <see cref="After"/> counted from the due
/// time, either reassign it (<c>reassign</c>, to a role or user) or complete it with outcome <c>Overdue</c>.
/// </summary>
public sealed record Escalation(DurationValue After, string Action, Assignee? To)
{
    /// <summary><c>{ "after", "action", "to" }</c>; after 0 escalates as soon as the deadline has passed.</summary>
    public static readonly ObjectShape Shape = new(
        "escalation",
        [new("after", PropertyKind.Duration) { ZeroAllowed = true }, new("action", PropertyKind.Text), new("to", PropertyKind.Assignee)]);
}
