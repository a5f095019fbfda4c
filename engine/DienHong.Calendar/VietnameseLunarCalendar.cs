using System.Collections.Concurrent;
using System.Globalization;

namespace DienHong.Calendar;

/// <summary>
/// The Vietnamese lunar calendar (âm lịch Việt Nam): months start on the day of the astronomical new moon and the
/// leap month (tháng nhuận) is the first one without a major solar term, both reckoned at the UTC+7 meridian.
/// </summary>
/// <remarks>
/// .NET's <see cref="ChineseLunisolarCalendar"/> is not used on purpose: it follows the Chinese calendar (UTC+8),
/// and a new moon shortly before midnight in Hà Nội is already the next day in Beijing. That moves Tết in some
/// years (1985: 21 Jan in Vietnam, 20 Feb in China; 2007: 17 vs 18 Feb; 2030: 2 vs 3 Feb).
/// Supported for lunar and solar years 1800 to 2199; the astronomy series lose accuracy further out.
/// </remarks>
public static class VietnameseLunarCalendar
{
    /// <summary>The meridian the Vietnamese calendar has been computed at since 1968.</summary>
    public const double VietnamUtcOffsetHours = 7;

    public const int MinYear = 1800;

    public const int MaxYear = 2199;

    private static readonly ConcurrentDictionary<(int Year, double Offset), LunarMonth[]> Spans = new();

    /// <summary>The lunar date of a solar (dương lịch) date.</summary>
    public static LunarDate ToLunar(DateOnly date) => ToLunar(date, VietnamUtcOffsetHours);

    /// <summary>The solar date of a lunar date; throws when that date does not exist (day 30 of a short month, a month that is not leap).</summary>
    public static DateOnly ToSolar(LunarDate date) => ToSolar(date, VietnamUtcOffsetHours);

    /// <inheritdoc cref="ToSolar(LunarDate)"/>
    public static DateOnly ToSolar(int day, int month, int year, bool isLeapMonth = false) =>
        ToSolar(new LunarDate(day, month, year, isLeapMonth));

    /// <summary>Tết Nguyên đán: the first day of the lunar year that starts in solar year <paramref name="year"/>.</summary>
    public static DateOnly NewYear(int year) => ToSolar(1, 1, year);

    /// <summary>Giỗ Tổ Hùng Vương: the 10th day of the 3rd lunar month.</summary>
    public static DateOnly HungKingsDay(int year) => ToSolar(10, 3, year);

    /// <summary>The last day of lunar year <paramref name="year"/> (the 29th or 30th of the 12th month, "ngày 30 Tết").</summary>
    public static DateOnly LastDayOfYear(int year) => NewYear(year + 1).AddDays(-1);

    /// <summary>The number of the leap month of a lunar year, or null when the year has 12 months.</summary>
    public static int? LeapMonth(int year)
    {
        CheckYear(year, nameof(year));
        foreach (var month in Span(year, VietnamUtcOffsetHours).Concat(Span(year + 1, VietnamUtcOffsetHours)))
        {
            if (month.IsLeap && month.Year == year)
            {
                return month.Number;
            }
        }

        return null;
    }

    /// <summary>29 or 30: how long a lunar month is.</summary>
    public static int DaysInMonth(int month, int year, bool isLeapMonth = false) =>
        Find(new LunarDate(1, month, year, isLeapMonth), VietnamUtcOffsetHours).Length;

    internal static LunarDate ToLunar(DateOnly date, double utcOffsetHours)
    {
        CheckYear(date.Year, nameof(date));
        var jdn = LunarAstronomy.JulianDayNumber(date);
        var k = LunarAstronomy.LunationOnOrBefore(jdn, utcOffsetHours);

        // Lunar month 11 of this solar year (the winter-solstice month) splits it between two spans.
        var span = k >= Month11(date.Year, utcOffsetHours) ? Span(date.Year + 1, utcOffsetHours) : Span(date.Year, utcOffsetHours);
        var month = span[k - span[0].Lunation];
        return new LunarDate(jdn - month.FirstDay + 1, month.Number, month.Year, month.IsLeap);
    }

    internal static DateOnly ToSolar(LunarDate date, double utcOffsetHours)
    {
        var month = Find(date, utcOffsetHours);
        if (date.Day < 1 || date.Day > month.Length)
        {
            throw new ArgumentOutOfRangeException(
                nameof(date), date, string.Create(CultureInfo.InvariantCulture, $"Lunar month {date.Month}/{date.Year} has {month.Length} days."));
        }

        return LunarAstronomy.FromJulianDayNumber(month.FirstDay + date.Day - 1);
    }

    private static LunarMonth Find(LunarDate date, double utcOffsetHours)
    {
        CheckYear(date.Year, nameof(date));
        if (date.Month is < 1 or > 12)
        {
            throw new ArgumentOutOfRangeException(nameof(date), date, "A lunar month is numbered 1 to 12.");
        }

        // Months 1-10 sit in the span ending at this year's month 11; months 11-12 in the next one.
        foreach (var month in Span(date.Year, utcOffsetHours).Concat(Span(date.Year + 1, utcOffsetHours)))
        {
            if (month.Year == date.Year && month.Number == date.Month && month.IsLeap == date.IsLeapMonth)
            {
                return month;
            }
        }

        throw new ArgumentOutOfRangeException(
            nameof(date), date, string.Create(CultureInfo.InvariantCulture, $"Lunar year {date.Year} has no leap month {date.Month}."));
    }

    /// <summary>The lunation starting lunar month 11, the month that contains the winter solstice of <paramref name="solarYear"/>.</summary>
    private static int Month11(int solarYear, double utcOffsetHours)
    {
        var december31 = LunarAstronomy.JulianDayNumber(new DateOnly(solarYear, 12, 31));
        var k = LunarAstronomy.LunationOnOrBefore(december31, utcOffsetHours);

        // Sector 9 starts at 270°, the solstice: if the sun is already past it, the solstice fell in the month before.
        return LunarAstronomy.SunSector(LunarAstronomy.NewMoonDay(k, utcOffsetHours), utcOffsetHours) >= 9 ? k - 1 : k;
    }

    /// <summary>The months from lunar month 11 of solar year <paramref name="year"/> - 1 up to (excluding) month 11 of <paramref name="year"/>.</summary>
    private static LunarMonth[] Span(int year, double utcOffsetHours) =>
        Spans.GetOrAdd((year, utcOffsetHours), key => BuildSpan(key.Year, key.Offset));

    private static LunarMonth[] BuildSpan(int year, double utcOffsetHours)
    {
        var first = Month11(year - 1, utcOffsetHours);
        var count = Month11(year, utcOffsetHours) - first;
        var days = Enumerable.Range(first, count + 1).Select(k => LunarAstronomy.NewMoonDay(k, utcOffsetHours)).ToArray();

        // Thirteen new moons between two solstice months means one month is leap: the first with no major term.
        var leapIndex = -1;
        if (count == 13)
        {
            leapIndex = Enumerable.Range(1, 12).First(
                j => LunarAstronomy.SunSector(days[j], utcOffsetHours) == LunarAstronomy.SunSector(days[j + 1], utcOffsetHours));
        }

        var months = new LunarMonth[count];
        var number = 11;
        var lunarYear = year - 1;
        for (var j = 0; j < count; j++)
        {
            var isLeap = j == leapIndex;
            if (j > 0 && !isLeap)
            {
                number = number == 12 ? 1 : number + 1;
                if (number == 1)
                {
                    lunarYear = year;
                }
            }

            months[j] = new LunarMonth(first + j, days[j], days[j + 1] - days[j], number, isLeap, lunarYear);
        }

        return months;
    }

    private static void CheckYear(int year, string parameter)
    {
        if (year is < MinYear or > MaxYear)
        {
            throw new ArgumentOutOfRangeException(
                parameter, year, string.Create(CultureInfo.InvariantCulture, $"The lunar calendar is computed for years {MinYear} to {MaxYear}."));
        }
    }

    private readonly record struct LunarMonth(int Lunation, int FirstDay, int Length, int Number, bool IsLeap, int Year);
}
