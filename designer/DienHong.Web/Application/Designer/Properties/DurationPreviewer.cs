using DienHong.Calendar;

namespace DienHong.Web.Application.Designer.Properties;

/// <summary>
/// Counts a duration on the server's working calendar (lịch làm việc), exactly as the engine counts a task's
/// <c>due</c>, from today in Vietnam or a chosen day, so the designer can show where a period ends before it is
/// published.
/// </summary>
public sealed class DurationPreviewer(IWorkingCalendar calendar, TimeProvider clock)
{
    /// <summary>The longest period previewed: ten years of days, as the calendar API allows.</summary>
    public const int MaxAmount = 3650;

    /// <summary>Today in the calendar's time zone.</summary>
    public DateOnly Today => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(clock.GetUtcNow(), calendar.TimeZone).DateTime);

    /// <summary>The end of <paramref name="duration"/> from an event on <paramref name="from"/> (today by default); null when it cannot be counted (a year the calendar cannot read, a period too long).</summary>
    public DurationPreview? Preview(Duration duration, DateOnly? from = null)
    {
        if (duration.Amount is < 0 or > MaxAmount)
        {
            return null;
        }

        var day = from ?? Today;
        var now = clock.GetUtcNow();

        // A day-based period starts the day after the event, whatever its time; an hours period counts from the
        // present time of the chosen day.
        var time = TimeOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, calendar.TimeZone).DateTime);
        var local = day.ToDateTime(time);
        var start = new DateTimeOffset(local, calendar.TimeZone.GetUtcOffset(local));
        try
        {
            var deadline = calendar.Add(start, duration);
            var holidays = deadline.SkippedDays
                .Where(d => d.Reason is { } reason && reason != WeekdayDaySource.Saturday && reason != WeekdayDaySource.Sunday)
                .Select(d => d.Reason!)
                .Distinct()
                .ToList();
            return new DurationPreview(day, duration, deadline.LastDay, deadline.Due, holidays);
        }
        catch (CalendarFileException)
        {
            return null;
        }
    }
}
