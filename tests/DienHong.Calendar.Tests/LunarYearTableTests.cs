using System.Globalization;

namespace DienHong.Calendar.Tests;

/// <summary>
/// Every lunar month of the supported range against <c>Data/lunar-years.txt</c>: any change to the astronomy that
/// moves one new moon or one leap month across a day boundary between 1800 and 2199 fails here.
/// </summary>
public sealed class LunarYearTableTests
{
    public static IEnumerable<LunarYear> Table()
    {
        using var stream = typeof(LunarYearTableTests).Assembly.GetManifestResourceStream("DienHong.Calendar.Tests.Data.lunar-years.txt")!;
        using var reader = new StreamReader(stream);
        for (var line = reader.ReadLine(); line is not null; line = reader.ReadLine())
        {
            if (!line.StartsWith('#'))
            {
                var parts = line.Split(' ');
                yield return new LunarYear(
                    int.Parse(parts[0], CultureInfo.InvariantCulture),
                    DateOnly.ParseExact(parts[1], "yyyy-MM-dd", CultureInfo.InvariantCulture),
                    int.Parse(parts[2], CultureInfo.InvariantCulture),
                    [.. parts[3].Select(c => c == '1' ? 30 : 29)]);
            }
        }
    }

    [Fact]
    public void TheTableCoversEveryYearOnce()
    {
        Table().Select(y => y.Year).ShouldBe(Enumerable.Range(VietnameseLunarCalendar.MinYear, 400));
    }

    [Fact]
    public void EveryMonthFrom1800To2199StartsAndEndsOnTheTablesDay()
    {
        foreach (var year in Table())
        {
            VietnameseLunarCalendar.NewYear(year.Year).ShouldBe(year.Tet, $"Tết {year.Year}");
            VietnameseLunarCalendar.LeapMonth(year.Year).ShouldBe(year.LeapMonth == 0 ? null : year.LeapMonth, $"leap month of {year.Year}");

            var first = year.Tet;
            foreach (var (month, isLeap, length) in year.Months())
            {
                var where = $"month {month}{(isLeap ? " leap" : string.Empty)} of {year.Year}";
                VietnameseLunarCalendar.ToSolar(1, month, year.Year, isLeap).ShouldBe(first, where);
                VietnameseLunarCalendar.DaysInMonth(month, year.Year, isLeap).ShouldBe(length, where);

                // Lunar 2199 ends in solar 2200, past what ToLunar takes.
                if (first.AddDays(length - 1).Year <= VietnameseLunarCalendar.MaxYear)
                {
                    VietnameseLunarCalendar.ToLunar(first).ShouldBe(new LunarDate(1, month, year.Year, isLeap), where);
                    VietnameseLunarCalendar.ToLunar(first.AddDays(length - 1)).ShouldBe(new LunarDate(length, month, year.Year, isLeap), where);
                }

                first = first.AddDays(length);
            }

            // The end of lunar 2199 would need Tết 2200, which is out of range.
            if (year.Year < VietnameseLunarCalendar.MaxYear)
            {
                VietnameseLunarCalendar.LastDayOfYear(year.Year).ShouldBe(first.AddDays(-1), $"last day of {year.Year}");
            }
        }
    }

    [Fact]
    public void NoNewMoonOrMajorTermOfTheRangeIsWithinTenSecondsOfAMidnightInHanoi()
    {
        // Why a change below ten seconds in the astronomy cannot move a date (mutation.md): the nearest new moon
        // is 13 s from a local midnight, the nearest sector boundary 0.0027° (about 4 minutes of the sun's motion).
        const double tenSeconds = 10.0 / 86400;
        const double hours = VietnameseLunarCalendar.VietnamUtcOffsetHours;
        var first = LunarAstronomy.LunationOnOrBefore(LunarAstronomy.JulianDayNumber(new DateOnly(1798, 11, 1)), hours);
        var last = LunarAstronomy.LunationOnOrBefore(LunarAstronomy.JulianDayNumber(new DateOnly(2201, 1, 31)), hours);
        for (var k = first; k <= last; k++)
        {
            var local = LunarAstronomy.NewMoon(k) + 0.5 + (hours / 24);
            Math.Abs(local - Math.Round(local)).ShouldBeGreaterThan(tenSeconds, $"new moon {k}");

            var longitude = LunarAstronomy.SunLongitude(LunarAstronomy.NewMoonDay(k, hours) - 0.5 - (hours / 24));
            Math.Min(longitude % 30, 30 - (longitude % 30)).ShouldBeGreaterThan(tenSeconds * 360 / 365.25, $"sun at new moon {k}");
        }
    }

    /// <summary>One line of the table.</summary>
    public sealed record LunarYear(int Year, DateOnly Tet, int LeapMonth, IReadOnlyList<int> Lengths)
    {
        /// <summary>The months in order, the leap month right after the regular month it repeats.</summary>
        public IEnumerable<(int Month, bool IsLeap, int Length)> Months()
        {
            var index = 0;
            for (var month = 1; month <= 12; month++)
            {
                yield return (month, false, Lengths[index++]);
                if (month == LeapMonth)
                {
                    yield return (month, true, Lengths[index++]);
                }
            }

            index.ShouldBe(Lengths.Count, $"months of {Year}");
        }
    }
}
