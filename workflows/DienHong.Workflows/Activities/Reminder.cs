using DienHong.Calendar;
using DienHong.Engine.Activities;
using DienHong.Engine.Definitions;

namespace DienHong.Workflows.Activities;

/// <summary>
/// A reminder (nhắc việc) to a task's assignee; it does not interrupt the task. <see cref="Before"/> reminds once,
/// n working days (or days, hours) before the deadline; <see cref="After"/> once after it; <see cref="Every"/>
/// repeatedly after it (e.g. every working day while the task is overdue).
/// </summary>
public sealed record Reminder(Duration? Before, Duration? After, Duration? Every)
{
    /// <summary>
    /// <c>{ "before" | "after" | "every": duration }</c>. Before or after by 0 means on the deadline's last day;
    /// every 0 would never repeat.
    /// </summary>
    public static readonly ObjectShape Shape = new(
        "reminder",
        [
            new("before", PropertyKind.Duration) { ZeroAllowed = true },
            new("after", PropertyKind.Duration) { ZeroAllowed = true },
            new("every", PropertyKind.Duration),
        ]);
}
