using System.Globalization;
using DienHong.Calendar.Resources;
using Humanizer;

namespace DienHong.Calendar;

/// <summary>
/// How long is left before a deadline (thời hạn còn lại), for people: "còn 3 ngày làm việc" / "3 working days
/// left", "hạn chót hôm nay" / "due today", "quá hạn 2 ngày" / "overdue by 2 days".
/// </summary>
public static class DeadlineText
{
    public static string Describe(DateTimeOffset due, DateTimeOffset now, IWorkingCalendar calendar, CultureInfo culture)
    {
        if (now >= due)
        {
            var late = now - due;
            var amount = late >= TimeSpan.FromDays(1)
                ? TimeSpan.FromDays(Math.Floor(late.TotalDays)).Humanize(culture: culture, maxUnit: TimeUnit.Day)
                : late.Humanize(culture: culture, minUnit: TimeUnit.Hour, maxUnit: TimeUnit.Hour);
            return Format(culture, DeadlineMessages.ResourceManager.GetString(nameof(DeadlineMessages.Overdue), culture)!, amount);
        }

        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, calendar.TimeZone).DateTime);
        var lastDay = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(due.AddTicks(-1), calendar.TimeZone).DateTime);
        var workingDays = 0;
        for (var day = today.AddDays(1); day <= lastDay; day = day.AddDays(1))
        {
            workingDays += calendar.Describe(day).IsWorkingDay ? 1 : 0;
        }

        if (workingDays == 0)
        {
            return DeadlineMessages.ResourceManager.GetString(nameof(DeadlineMessages.DueToday), culture)!;
        }

        var word = DeadlineMessages.ResourceManager.GetString(nameof(DeadlineMessages.WorkingDay), culture)!;
        var quantity = culture.TwoLetterISOLanguageName == "en" ? word.ToQuantity(workingDays) : $"{workingDays} {word}";
        return Format(culture, DeadlineMessages.ResourceManager.GetString(nameof(DeadlineMessages.Remaining), culture)!, quantity);
    }

    private static string Format(CultureInfo culture, string template, string value) => string.Format(culture, template, value);
}
