using DienHong.Calendar;

namespace DienHong.Workflows.Activities;

/// <summary>
/// The times a task wakes up by itself: its reminders and its escalation. Reminders counted in days fire at the
/// start of the office day (08:00); the deadline itself is 24:00 of its last day.
/// </summary>
public static class TaskSchedule
{
    /// <summary>How many repeated reminders an overdue task gets at most before they stop.</summary>
    public const int MaxRepeats = 30;

    private static readonly TimeOnly OfficeDayStart = new(8, 0);

    public static IEnumerable<DateTimeOffset> ReminderTimes(IReadOnlyList<Reminder> reminders, DateTimeOffset due, IWorkingCalendar calendar)
    {
        foreach (var reminder in reminders)
        {
            if (reminder.Before is { } before)
            {
                yield return Before(due, before, calendar);
            }

            if (reminder.After is { } after)
            {
                yield return After(due, after, 1, calendar);
            }

            if (reminder.Every is { Amount: > 0 } every)
            {
                for (var k = 1; k <= MaxRepeats; k++)
                {
                    yield return After(due, every, k, calendar);
                }
            }
        }
    }

    /// <summary>The next wake-up strictly after <paramref name="now"/>, no later than the escalation (which ends reminders).</summary>
    public static DateTimeOffset? Next(IEnumerable<DateTimeOffset> reminders, DateTimeOffset? escalation, DateTimeOffset now)
    {
        var candidates = reminders.Where(t => t > now && (escalation is null || t < escalation)).ToList();
        if (escalation is { } e && e > now)
        {
            candidates.Add(e);
        }

        return candidates.Count == 0 ? null : candidates.Min();
    }

    private static DateTimeOffset Before(DateTimeOffset due, Duration before, IWorkingCalendar calendar)
    {
        if (before.Kind == DurationKind.Hours)
        {
            return due.AddHours(-before.Amount);
        }

        var lastDay = LocalDate(due.AddTicks(-1), calendar);
        var day = lastDay;
        for (var counted = 0; counted < before.Amount;)
        {
            day = day.AddDays(-1);
            if (before.Kind != DurationKind.WorkingDays || calendar.Describe(day).IsWorkingDay)
            {
                counted++;
            }
        }

        return At(day, calendar);
    }

    private static DateTimeOffset After(DateTimeOffset due, Duration step, int times, IWorkingCalendar calendar)
    {
        if (step.Kind == DurationKind.Hours)
        {
            return due.AddHours(step.Amount * times);
        }

        var lastDay = LocalDate(due.AddTicks(-1), calendar);
        var day = lastDay;
        for (var counted = 0; counted < step.Amount * times;)
        {
            day = day.AddDays(1);
            if (step.Kind != DurationKind.WorkingDays || calendar.Describe(day).IsWorkingDay)
            {
                counted++;
            }
        }

        return At(day, calendar);
    }

    private static DateOnly LocalDate(DateTimeOffset instant, IWorkingCalendar calendar) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, calendar.TimeZone).DateTime);

    private static DateTimeOffset At(DateOnly day, IWorkingCalendar calendar)
    {
        var local = day.ToDateTime(OfficeDayStart);
        return new DateTimeOffset(local, calendar.TimeZone.GetUtcOffset(local));
    }
}
