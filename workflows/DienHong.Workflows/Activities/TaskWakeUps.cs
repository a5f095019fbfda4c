using System.Globalization;
using System.Text.Json.Nodes;
using DienHong.Calendar;
using DienHong.Engine.Activities;
using DienHong.Engine.Journal;
using DienHong.Engine.Runtime;

namespace DienHong.Workflows.Activities;

/// <summary>
/// A task's own wake-ups (nhắc việc, chuyển cấp): the reminders around its deadline and its escalation, the one
/// implementation behind a HumanTask and each reviewer's task of a ParallelReview.
/// </summary>
public sealed record TaskWakeUps(IReadOnlyList<Reminder> Reminders, Escalation? Escalation)
{
    /// <summary>When a task created now with this deadline first wakes up, if ever.</summary>
    public DateTimeOffset? First(ActivityContext context, DateTimeOffset? due) =>
        TaskSchedule.Next(ReminderTimes(context, due), EscalationTime(context, due, context.Now), context.Now);

    /// <summary>A wake-up: escalate when its time has come, else send the reminders due now and sleep until the next one.</summary>
    public ActivityResult Wake(ActivityContext context, ResumeContext resume)
    {
        // Decide by the time the wake-up was for, not the clock: a host that was down catches up in order.
        var at = resume.Input.WakeAt ?? context.Now;
        var due = resume.Bookmark.DueAt;
        var escalationAt = EscalationTime(context, due, resume.Bookmark.CreatedAt);
        if (Escalation is { } escalation && escalationAt <= at)
        {
            return Escalate(context, escalation, resume);
        }

        var reminders = ReminderTimes(context, due).ToList();
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

    private IEnumerable<DateTimeOffset> ReminderTimes(ActivityContext context, DateTimeOffset? due) =>
        due is { } d ? TaskSchedule.ReminderTimes(Reminders, d, context.Calendar) : [];

    private static ActivityResult Escalate(ActivityContext context, Escalation escalation, ResumeContext resume)
    {
        if (escalation.Action == Escalation.CompleteAction)
        {
            return new ActivityResult.Completed([HumanTaskActivity.Overdue], JournalEvents.TaskEscalated, null);
        }

        var to = escalation.To!.Resolve(context);
        context.Journal(JournalEvents.TaskEscalated, data: new JsonObject { ["from"] = resume.Bookmark.Assignee, ["to"] = to });
        return ActivityResult.KeepWaiting(new BookmarkChange { ChangeWake = true, WakeAt = null, Assignee = to });
    }

    /// <summary>
    /// When the escalation falls due: its period counts from the deadline (the day after the last day is day 1),
    /// or from the task's creation when it has no deadline.
    /// </summary>
    private DateTimeOffset? EscalationTime(ActivityContext context, DateTimeOffset? due, DateTimeOffset created)
    {
        if (Escalation is not { After.Literal: { } after })
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
