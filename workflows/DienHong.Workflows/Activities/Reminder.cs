using System.Text.Json;
using DienHong.Calendar;
using DienHong.Engine.Activities;
using DienHong.Engine.Definitions;
using DienHong.Engine.Resources;
using DienHong.Workflows.Resources;

namespace DienHong.Workflows.Activities;

/// <summary>
/// A reminder (nhắc việc) to a task's assignee; it does not interrupt the task. <see cref="Before"/> reminds once,
/// n working days (or days, hours) before the deadline; <see cref="After"/> once after it; <see cref="Every"/>
/// repeatedly after it (e.g. every working day while the task is overdue).
/// </summary>
public sealed record Reminder(Duration? Before, Duration? After, Duration? Every) : IPropertyValue<Reminder>
{
    public static PropertyKind Kind => PropertyKind.Json;

    /// <summary>
    /// <c>{ "before" | "after" | "every": duration }</c>. Before or after by 0 means on the deadline's last day;
    /// every 0 would never repeat.
    /// </summary>
    public static ObjectShape? Shape { get; } = new(
        "reminder",
        [
            new("before", PropertyKind.Duration) { ZeroAllowed = true },
            new("after", PropertyKind.Duration) { ZeroAllowed = true },
            new("every", PropertyKind.Duration),
        ]);

    public static Reminder? Read(JsonElement value, NodeCompileContext context, string property)
    {
        Duration? Read(string name) =>
            value.ValueKind == JsonValueKind.Object && value.TryGetProperty(name, out var v) && DurationJson.TryRead(v, out var d, out _) ? d : null;
        var reminder = new Reminder(Read("before"), Read("after"), Read("every"));
        if (reminder is { Before: null, After: null, Every: null })
        {
            context.Error("duration", Text.Format(ActivityMessages.ReminderShape, property));
            return null;
        }

        return reminder;
    }
}
