using System.Text.Json;
using DienHong.Engine.Activities;
using DienHong.Engine.Definitions;
using DienHong.Engine.Resources;
using DienHong.Workflows.Resources;

namespace DienHong.Workflows.Activities;

/// <summary>
/// What happens when a task is overdue (chuyển cấp khi quá hạn): after <see cref="After"/> counted from the due
/// time, either reassign it (<c>reassign</c>, to a role or user) or complete it with outcome <c>Overdue</c>.
/// </summary>
public sealed record Escalation(DurationValue After, string Action, Assignee? To) : IPropertyValue<Escalation>
{
    public const string ReassignAction = "reassign";
    public const string CompleteAction = "complete";

    public static PropertyKind Kind => PropertyKind.Json;

    /// <summary><c>{ "after", "action", "to" }</c>; after 0 escalates as soon as the deadline has passed.</summary>
    public static ObjectShape? Shape { get; } = new(
        "escalation",
        [new("after", PropertyKind.Duration) { ZeroAllowed = true }, new("action", PropertyKind.Text), new("to", PropertyKind.Assignee)]);

    public static Escalation? Read(JsonElement value, NodeCompileContext context, string property)
    {
        if (value.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        var action = value.TryGetProperty("action", out var a) && a.ValueKind == JsonValueKind.String ? a.GetString()! : ReassignAction;
        var to = Assignee.Read(value.TryGetProperty("to", out var t) ? t : null);
        if (action is not (ReassignAction or CompleteAction))
        {
            context.Error(Text.Format(ActivityMessages.EscalationAction, property));
        }

        if (action == ReassignAction && to is null)
        {
            context.Error(Text.Format(ActivityMessages.EscalationTo, property));
        }

        if (!value.TryGetProperty("after", out var after) || !DurationJson.TryRead(after, out var duration, out _))
        {
            context.Error("duration", $"property '{property}.after': " + DurationJson.Expected);
            return null;
        }

        return new Escalation(new DurationValue(duration, null), action, to);
    }
}
