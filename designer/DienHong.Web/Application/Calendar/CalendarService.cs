using System.Globalization;
using DienHong.Calendar;
using DienHong.Web.Application.Launch;

namespace DienHong.Web.Application.Calendar;

/// <summary>
/// The Vietnamese working calendar (lịch làm việc) for anyone signed in: the days off of a year and the deadline a
/// duration gives, counted exactly as the engine counts a task's <c>due</c>. The days off come from the yearly files
/// read at start (<c>workflows/calendars/vn-&lt;year&gt;.json</c>); this service does not change them.
/// </summary>
public sealed class CalendarService(IWorkingCalendar calendar)
{
    public const int FirstYear = 1900, LastYear = 2199, MaxDays = 3650;

    public ServiceResult<HolidayYear> Holidays(int? year)
    {
        if (year is not (>= FirstYear and <= LastYear))
        {
            return new ServiceRefusal(RefusalKind.Invalid, LaunchRefusals.CalendarYear, year, FirstYear, LastYear);
        }

        try
        {
            var y = year.Value;
            var days = calendar is WorkingCalendar { Days: VietnamCalendar vietnam }
                ? vietnam.Holidays(y)
                : [.. Enumerable.Range(0, DateTime.IsLeapYear(y) ? 366 : 365).Select(d => calendar.Describe(new DateOnly(y, 1, 1).AddDays(d))).Where(d => !d.IsWorkingDay && d.Date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday))];
            var provisional = calendar is WorkingCalendar { Days: VietnamCalendar v } && v.IsProvisional(y);
            return new HolidayYear(y, provisional, [.. days.Select(d => new DayOff(d.Date, d.Reason))]);
        }
        catch (CalendarFileException e)
        {
            return new ServiceRefusal(RefusalKind.Conflict, LaunchRefusals.CalendarBroken, e.Message);
        }
    }

    /// <summary>The deadline of <paramref name="amount"/> of <paramref name="kind"/> (working days by default) from an event on <paramref name="from"/>.</summary>
    public ServiceResult<DueDate> Due(string? from, int? amount, string? kind)
    {
        if (!DateOnly.TryParseExact(from, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) || day.Year is < FirstYear or > LastYear)
        {
            return new ServiceRefusal(RefusalKind.Invalid, LaunchRefusals.CalendarFrom, from);
        }

        if (amount is not (>= 0 and <= MaxDays))
        {
            return new ServiceRefusal(RefusalKind.Invalid, LaunchRefusals.CalendarDays, amount, MaxDays);
        }

        var durationKind = DurationKind.WorkingDays;
        if (kind is not null && (!Duration.TryParseKind(kind, out durationKind) || durationKind == DurationKind.Hours))
        {
            return new ServiceRefusal(RefusalKind.Invalid, LaunchRefusals.CalendarKind, kind);
        }

        try
        {
            // Any time of the event's day gives the same day-based deadline: the period starts the next day.
            var start = new DateTimeOffset(day.ToDateTime(new TimeOnly(12, 0)), calendar.TimeZone.GetUtcOffset(day.ToDateTime(new TimeOnly(12, 0))));
            var deadline = calendar.Add(start, new Duration(durationKind, amount.Value));
            return new DueDate(day, amount.Value, durationKind, deadline.LastDay, deadline.Due, [.. deadline.SkippedDays.Select(d => new DayOff(d.Date, d.Reason))]);
        }
        catch (CalendarFileException e)
        {
            return new ServiceRefusal(RefusalKind.Conflict, LaunchRefusals.CalendarBroken, e.Message);
        }
    }
}
