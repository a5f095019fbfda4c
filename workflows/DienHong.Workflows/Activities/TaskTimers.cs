using System.Globalization;
using System.Text.Json.Nodes;
using DienHong.Calendar;
using DienHong.Engine.Activities;
using DienHong.Engine.Journal;
using DienHong.Engine.Runtime;

namespace DienHong.Workflows.Activities;

/// <summary>
/// The wake-ups of a task (hẹn giờ của nhiệm vụ) with a deadline, <see cref="Reminder"/>s and an
/// <see cref="Escalation"/>, the same for every activity that hands work to a person (HumanTask, the tasks of a
/// Disclosure): the first wake-up when the task opens, and what each wake-up does.
/// </summary>
public static class TaskTimers
{
    /// <summary>The first wake-up of a task created now with deadline <paramref name="due"/>.</summary>
    public static DateTimeOffset? First(ActivityContext context, IReadOnlyList<Reminder> reminders, Escalation? escalation, DateTimeOffset? due) =>
        TaskSchedule.Next(Reminders(context, reminders, due), EscalationTime(context, escalation, due, context.Now), context.Now);

    /// <summary>
    /// A wake-up: escalate when its time has come (<paramref name="complete"/> is the result of an escalation that
    /// completes the task), else send the reminders due now and sleep until the next one.
    /// </summary>
    public static ActivityResult Wake(
        ActivityContext context, IReadOnlyList<Reminder> reminderList, Escalation? escalation, ResumeContext resume, Func<ActivityResult> complete)
    {
        // Decide by the time the wake-up was for, not the clock: a host that was down catches up in order.
        var at = resume.Input.WakeAt ?? context.Now;
        var due = resume.Bookmark.DueAt;
        var escalationAt = EscalationTime(context, escalation, due, resume.Bookmark.CreatedAt);
        if (escalation is not null && escalationAt <= at)
        {
            return Escalate(context, escalation, resume, complete);
        }

        var reminders = Reminders(context, reminderList, due).ToList();
        if (reminders.Contains(at))
        {
            context.Journal(JournalEvents.ReminderSent, data: new JsonObject
            {
                ["assignee"] = resume.Bookmark.Assignee,
                ["due"] = due?.ToString("O", CultureInfo.InvariantCulture),
            });
        }

        return ActivityResult.KeepWaiting(BookmarkChange.Wake(TaskSchedule.Next(reminders, escalationAt, at)));
    }

    private static IEnumerable<DateTimeOffset> Reminders(ActivityContext context, IReadOnlyList<Reminder> reminders, DateTimeOffset? due) =>
        due is { } d ? TaskSchedule.ReminderTimes(reminders, d, context.Calendar) : [];

    private static ActivityResult Escalate(ActivityContext context, Escalation escalation, ResumeContext resume, Func<ActivityResult> complete)
    {
        if (escalation.Action == Escalation.CompleteAction)
        {
            return complete();
        }

        var to = escalation.To!.Resolve(context);
        context.Journal(JournalEvents.TaskEscalated, data: new JsonObject { ["from"] = resume.Bookmark.Assignee, ["to"] = to });
        return ActivityResult.KeepWaiting(new BookmarkChange { ChangeWake = true, WakeAt = null, Assignee = to });
    }

    /// <summary>
    /// When the escalation falls due: its period counts from the deadline (the day after the last day is day 1),
    /// or from the task's creation when it has no deadline.
    /// </summary>
    private static DateTimeOffset? EscalationTime(ActivityContext context, Escalation? escalation, DateTimeOffset? due, DateTimeOffset created)
    {
        if (escalation is not { After.Literal: { } after })
        {
            return null;
        }

        if (due is not { } deadline)
        {
            return context.Calendar.Add(created, after).Due;
        }

        // The deadline is 24:00 of its last day; count from that day, not from the midnight that ends it.
        return after.Kind == DurationKind.Hours ? deadline.AddHours(after.Amount) : context.Calendar.Add(deadline.AddTicks(-1), after).Due;
    }
}
