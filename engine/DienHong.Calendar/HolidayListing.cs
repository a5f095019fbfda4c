namespace DienHong.Calendar;

/// <summary>
/// What the Vietnamese day sources share: a day is whatever its holiday table says (a day off, or a swapped working
/// Saturday), and otherwise Monday to Friday are worked.
/// </summary>
internal static class HolidayListing
{
    private static readonly WeekdayDaySource Weekdays = new();

    public static bool IsWeekend(DateOnly date) => date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;

    public static DayInfo Describe(DateOnly date, IReadOnlyDictionary<DateOnly, DayInfo> table) =>
        table.TryGetValue(date, out var special) ? special : Weekdays.Describe(date);

    /// <summary>The non-working days of a year in date order; plain weekends only when asked for.</summary>
    public static IReadOnlyList<DayInfo> Year(int year, bool includeWeekends, IReadOnlyDictionary<DateOnly, DayInfo> table)
    {
        var days = new List<DayInfo>();
        for (var date = new DateOnly(year, 1, 1); date.Year == year; date = date.AddDays(1))
        {
            var info = Describe(date, table);
            if (!info.IsWorkingDay && (includeWeekends || table.ContainsKey(date)))
            {
                days.Add(info);
            }
        }

        return days;
    }
}
