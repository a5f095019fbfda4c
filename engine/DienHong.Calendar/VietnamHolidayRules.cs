using System.Collections.Concurrent;

namespace DienHong.Calendar;

/// <summary>
/// Vietnam's public holidays (ngày nghỉ lễ, Tết) computed from the Labour Code 2019 alone: the fallback for years
/// without an official schedule file (see <see cref="VietnamCalendar"/>).
/// </summary>
/// <remarks>
/// <para>Art. 112 fixes the holidays but lets the Prime Minister choose each year which days make up the Tết span
/// and the day next to 2/9. Until the notice is out these rules stand in:</para>
/// <list type="bullet">
/// <item>Tết (5 days): the last day of the lunar year plus lunar 1/1 to 4/1, i.e. one day before and four after,
/// the split the Government has picked most often.</item>
/// <item>Quốc khánh (2 days): 2/9 plus 1/9, except when 2/9 is a Thursday, then 3/9 so the break joins the weekend.
/// This reproduces the official days off of 2021-2026 (2024: 2/9 Monday, 1/9 Sunday, compensated on Tuesday 3/9).</item>
/// <item>One-day holidays: 1/1, Giỗ Tổ Hùng Vương (10/3 lunar), 30/4, 1/5, and 24/11 (Ngày Văn hóa Việt Nam)
/// from 1/7/2026.</item>
/// <item>Compensatory days (nghỉ bù, Art. 111.3): each holiday on a Saturday or Sunday, in date order, gives the
/// next Monday-Friday that is neither a holiday nor already a compensatory day.</item>
/// </list>
/// </remarks>
public sealed class VietnamHolidayRules : IDaySource
{
    /// <summary>Vietnamese Culture Day (24/11) is a paid holiday from this date (NQ 28/2026/QH16).</summary>
    public static readonly DateOnly CultureDayFrom = new(2026, 7, 1);

    private readonly ConcurrentDictionary<int, IReadOnlyDictionary<DateOnly, DayInfo>> years = new();

    public DayInfo Describe(DateOnly date) => HolidayListing.Describe(date, Table(date.Year));

    /// <summary>The year's holidays and compensatory days in date order, with plain weekends when asked for.</summary>
    public IReadOnlyList<DayInfo> Holidays(int year, bool includeWeekends = false) =>
        HolidayListing.Year(year, includeWeekends, Table(year));

    /// <summary>
    /// The one-day holidays whose date no notice changes: 1/1, Giỗ Tổ, 30/4, 1/5, 2/9 and 24/11 (from 1/7/2026).
    /// No Tết span, no adjacent day, no compensatory days.
    /// </summary>
    public static IReadOnlyList<DayInfo> FixedHolidays(int year)
    {
        var days = new SortedDictionary<DateOnly, LocalizedText>();
        Add(days, new DateOnly(year, 1, 1), VietnamHolidayNames.NewYearsDay);
        Add(days, VietnameseLunarCalendar.HungKingsDay(year), VietnamHolidayNames.HungKings);
        Add(days, new DateOnly(year, 4, 30), VietnamHolidayNames.VictoryDay);
        Add(days, new DateOnly(year, 5, 1), VietnamHolidayNames.LabourDay);
        Add(days, new DateOnly(year, 9, 2), VietnamHolidayNames.NationalDay);
        var cultureDay = new DateOnly(year, 11, 24);
        if (cultureDay >= CultureDayFrom)
        {
            Add(days, cultureDay, VietnamHolidayNames.CultureDay);
        }

        return [.. days.Select(d => DayInfo.Off(d.Key, d.Value))];
    }

    private IReadOnlyDictionary<DateOnly, DayInfo> Table(int year) => years.GetOrAdd(year, Build);

    private static IReadOnlyDictionary<DateOnly, DayInfo> Build(int year)
    {
        var holidays = new SortedDictionary<DateOnly, LocalizedText>();
        foreach (var day in FixedHolidays(year))
        {
            holidays[day.Date] = day.Reason!;
        }

        var tet = VietnameseLunarCalendar.NewYear(year);
        for (var offset = -1; offset <= 3; offset++)
        {
            Add(holidays, tet.AddDays(offset), VietnamHolidayNames.LunarNewYear);
        }

        var nationalDay = new DateOnly(year, 9, 2);
        Add(holidays, nationalDay.AddDays(nationalDay.DayOfWeek == DayOfWeek.Thursday ? 1 : -1), VietnamHolidayNames.NationalDayAdjacent);

        var table = holidays.ToDictionary(h => h.Key, h => DayInfo.Off(h.Key, h.Value));
        foreach (var (date, reason) in holidays.Where(h => HolidayListing.IsWeekend(h.Key)))
        {
            var replacement = date.AddDays(1);
            while (HolidayListing.IsWeekend(replacement) || table.ContainsKey(replacement))
            {
                replacement = replacement.AddDays(1);
            }

            table[replacement] = DayInfo.Off(replacement, VietnamHolidayNames.Compensatory(reason));
        }

        return table;
    }

    // Two holidays on one day stay one day off (the Code grants no extra day for it); the reason names both.
    private static void Add(SortedDictionary<DateOnly, LocalizedText> days, DateOnly date, LocalizedText reason) =>
        days[date] = days.TryGetValue(date, out var existing) ? VietnamHolidayNames.Both(existing, reason) : reason;
}
