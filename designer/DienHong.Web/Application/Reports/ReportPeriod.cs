using System.Globalization;
using DienHong.Calendar;

namespace DienHong.Web.Application.Reports;

/// <summary>
/// A report period (kỳ báo cáo): whole days <see cref="From"/> to <see cref="To"/>, both included, in Vietnam time;
/// at most <see cref="MaxDays"/> days, so a calendar year fits and a chart keeps twelve or thirteen months.
/// </summary>
public sealed record ReportPeriod(DateOnly From, DateOnly To)
{
    public const int MaxDays = 366;

    /// <summary>The first instant of the period: midnight of <see cref="From"/> in Vietnam.</summary>
    public DateTimeOffset Start => Midnight(From);

    /// <summary>The first instant after the period: midnight after <see cref="To"/> in Vietnam.</summary>
    public DateTimeOffset End => Midnight(To.AddDays(1));

    public int Days => To.DayNumber - From.DayNumber + 1;

    /// <summary>Why the period cannot be reported (it ends before it starts, or is too long), or null.</summary>
    public ServiceRefusal? Problem =>
        To < From ? new ServiceRefusal(RefusalKind.Invalid, ReportRefusals.PeriodReversed, Iso(From), Iso(To))
        : Days > MaxDays ? new ServiceRefusal(RefusalKind.Invalid, ReportRefusals.PeriodTooLong, Days, MaxDays)
        : null;

    /// <summary>The period cut at month ends: its first and last month may be partial.</summary>
    public IEnumerable<ReportPeriod> Months()
    {
        for (var start = From; start <= To; start = new DateOnly(start.Year, start.Month, 1).AddMonths(1))
        {
            var monthEnd = new DateOnly(start.Year, start.Month, DateTime.DaysInMonth(start.Year, start.Month));
            yield return new ReportPeriod(start, monthEnd < To ? monthEnd : To);
        }
    }

    /// <summary>The month so far of <paramref name="today"/>.</summary>
    public static ReportPeriod MonthOf(DateOnly today) => new(new DateOnly(today.Year, today.Month, 1), today);

    /// <summary>The day it is in Vietnam at <paramref name="now"/>.</summary>
    public static DateOnly Today(DateTimeOffset now) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, WorkingCalendar.VietnamTimeZone).DateTime);

    private static DateTimeOffset Midnight(DateOnly day)
    {
        var local = day.ToDateTime(TimeOnly.MinValue);
        return new DateTimeOffset(local, WorkingCalendar.VietnamTimeZone.GetUtcOffset(local));
    }

    private static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
