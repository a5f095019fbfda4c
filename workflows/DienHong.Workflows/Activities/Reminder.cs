using DienHong.Calendar;

namespace DienHong.Workflows.Activities;

/// <summary>
/// A reminder (nhắc việc) to a task's assignee; it does not interrupt the task. <see cref="Before"/> reminds once,
/// n working days (or days, hours) before the deadline; <see cref="After"/> once after it; <see cref="Every"/>
/// repeatedly after it (e.g. every working day while the task is overdue).
/// </summary>
public sealed record Reminder(Duration? Before, Duration? After, Duration? Every);
