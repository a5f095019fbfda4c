using System.Globalization;
using DienHong.Calendar.Resources;
using Humanizer;

namespace DienHong.Calendar;

/// <summary>
/// How long is left before a deadline (thời hạn còn lại), for people: "còn 3 ngày làm việc" / "3 working days
/// left", "hạn chót hôm nay" / "due today", "quá hạn 2 ngày" / "overdue by 2 days". Days are the calendar's days
/// (Asia/Ho_Chi_Minh for Vietnam), never UTC ones.
/// </summary>
public static class DeadlineText
{
    public static string Describe(DateTimeOffset due, DateTimeOffset now, IWorkingCalendar calendar, CultureInfo culture)
    {
        if (now >= due)
        {
            return Format(culture, Text(nameof(DeadlineMessages.Overdue), culture), Late(now - due, culture));
        }

        var today = WorkingCalendar.LocalDate(now, calendar.TimeZone);

        // A deadline ends at 24:00, the first instant of the next day: its last day is the one just before.
        var lastDay = WorkingCalendar.LocalDate(due.AddTicks(-1), calendar.TimeZone);
        if (lastDay == today)
        {
            return Text(nameof(DeadlineMessages.DueToday), culture);
        }

        var workingDays = 0;
        for (var day = today.AddDays(1); day <= lastDay; day = day.AddDays(1))
        {
            workingDays += calendar.Describe(day).IsWorkingDay ? 1 : 0;
        }

        // Only days off are left (a consecutive-day period ending on a weekend or in Tết): count the days, it is not today.
        string quantity;
        if (workingDays == 0)
        {
            quantity = TimeSpan.FromDays(lastDay.DayNumber - today.DayNumber).Humanize(culture: culture, maxUnit: TimeUnit.Day);
        }
        else
        {
            var word = Text(nameof(DeadlineMessages.WorkingDay), culture);
            quantity = culture.TwoLetterISOLanguageName == "en" ? word.ToQuantity(workingDays) : $"{workingDays} {word}";
        }

        return Format(culture, Text(nameof(DeadlineMessages.Remaining), culture), quantity);
    }

    // Within the first minute the deadline has still passed: "1 minute", not "0 minutes".
    private static string Late(TimeSpan late, CultureInfo culture) => late >= TimeSpan.FromDays(1)
        ? TimeSpan.FromDays(Math.Floor(late.TotalDays)).Humanize(culture: culture, maxUnit: TimeUnit.Day)
        : TimeSpan.FromTicks(Math.Max(late.Ticks, TimeSpan.TicksPerMinute)).Humanize(culture: culture, minUnit: TimeUnit.Minute, maxUnit: TimeUnit.Hour);

    private static string Text(string name, CultureInfo culture) => DeadlineMessages.ResourceManager.GetString(name, culture)!;

    private static string Format(CultureInfo culture, string template, string value) => string.Format(culture, template, value);
}
