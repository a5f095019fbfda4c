using System.Globalization;

namespace DienHong.Calendar.Tests;

public class VietnameseLunarCalendarTests
{
    public static TheoryData<int, string> LunarNewYears => new()
    {
        { 1970, "1970-02-06" },
        { 1975, "1975-02-11" },
        { 1985, "1985-01-21" },
        { 1990, "1990-01-27" },
        { 2000, "2000-02-05" },
        { 2007, "2007-02-17" },
        { 2010, "2010-02-14" },
        { 2020, "2020-01-25" },
        { 2023, "2023-01-22" },
        { 2024, "2024-02-10" },
        { 2025, "2025-01-29" },
        { 2026, "2026-02-17" },
        { 2027, "2027-02-06" },
        { 2028, "2028-01-26" },
        { 2029, "2029-02-13" },
        { 2030, "2030-02-02" },
    };

    public static TheoryData<int, string> HungKingsDays => new()
    {
        { 2024, "2024-04-18" },
        { 2025, "2025-04-07" },
        { 2026, "2026-04-26" },
        { 2027, "2027-04-16" },
        { 2028, "2028-04-04" },
        { 2029, "2029-04-23" },
        { 2030, "2030-04-12" },
    };

    [Theory]
    [MemberData(nameof(LunarNewYears))]
    public void TetIsTheFirstDayOfTheLunarYear(int year, string expected)
    {
        var tet = VietnameseLunarCalendar.NewYear(year);

        tet.ShouldBe(DateOnly.Parse(expected, CultureInfo.InvariantCulture));
        VietnameseLunarCalendar.ToLunar(tet).ShouldBe(new LunarDate(1, 1, year));
        VietnameseLunarCalendar.ToLunar(tet.AddDays(-1)).Year.ShouldBe(year - 1);
    }

    [Theory]
    [MemberData(nameof(HungKingsDays))]
    public void GioToIsTheTenthOfTheThirdLunarMonth(int year, string expected)
    {
        var day = VietnameseLunarCalendar.HungKingsDay(year);

        day.ShouldBe(DateOnly.Parse(expected, CultureInfo.InvariantCulture));
        VietnameseLunarCalendar.ToLunar(day).ShouldBe(new LunarDate(10, 3, year));
    }

    [Theory]
    [InlineData(1985, "1985-02-20")]
    [InlineData(2007, "2007-02-18")]
    [InlineData(2030, "2030-02-03")]
    public void TheUtc8MeridianGivesChinasTetInTheYearsVietnamDiffers(int year, string chinese)
    {
        VietnameseLunarCalendar.ToSolar(new LunarDate(1, 1, year), utcOffsetHours: 8)
            .ShouldBe(DateOnly.Parse(chinese, CultureInfo.InvariantCulture));
        VietnameseLunarCalendar.NewYear(year).ShouldNotBe(DateOnly.Parse(chinese, CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Tet1970To2050DiffersFromDotNetsChineseCalendarOnlyIn1985_2007And2030()
    {
        var chinese = new ChineseLunisolarCalendar();
        var differing = Enumerable.Range(1970, 81)
            .Where(y => VietnameseLunarCalendar.NewYear(y) != DateOnly.FromDateTime(chinese.ToDateTime(y, 1, 1, 0, 0, 0, 0)))
            .ToList();

        differing.ShouldBe([1985, 2007, 2030]);
    }

    [Fact]
    public void AtUtc8EveryDayFrom1970To2050MatchesDotNetsChineseCalendar()
    {
        // The same astronomy at China's meridian must reproduce China's published calendar day for day.
        var chinese = new ChineseLunisolarCalendar();
        for (var date = new DateOnly(1970, 1, 1); date.Year <= 2050; date = date.AddDays(1))
        {
            var time = date.ToDateTime(TimeOnly.MinValue);
            var year = chinese.GetYear(time);
            var index = chinese.GetMonth(time);
            var leapIndex = chinese.GetLeapMonth(year);
            var month = leapIndex == 0 || index < leapIndex ? index : index - 1;
            var expected = new LunarDate(chinese.GetDayOfMonth(time), month, year, index == leapIndex);

            VietnameseLunarCalendar.ToLunar(date, utcOffsetHours: 8).ShouldBe(expected, date.ToString("o", CultureInfo.InvariantCulture));
        }
    }

    [Fact]
    public void EveryDayFrom1970To2050RoundTripsAndDaysFollowEachOther()
    {
        var previous = VietnameseLunarCalendar.ToLunar(new DateOnly(1969, 12, 31));
        for (var date = new DateOnly(1970, 1, 1); date.Year <= 2050; date = date.AddDays(1))
        {
            var lunar = VietnameseLunarCalendar.ToLunar(date);

            VietnameseLunarCalendar.ToSolar(lunar).ShouldBe(date);
            if (lunar.Day == 1)
            {
                previous.Day.ShouldBeInRange(29, 30);
                VietnameseLunarCalendar.DaysInMonth(previous.Month, previous.Year, previous.IsLeapMonth).ShouldBe(previous.Day);
            }
            else
            {
                lunar.ShouldBe(previous with { Day = previous.Day + 1 });
            }

            previous = lunar;
        }
    }

    [Theory]
    [InlineData(1985, 2)]
    [InlineData(2006, 7)]
    [InlineData(2020, 4)]
    [InlineData(2023, 2)]
    [InlineData(2025, 6)]
    [InlineData(2028, 5)]
    public void LeapMonths(int year, int month)
    {
        VietnameseLunarCalendar.LeapMonth(year).ShouldBe(month);
        var leapStart = VietnameseLunarCalendar.ToSolar(1, month, year, isLeapMonth: true);
        var regularStart = VietnameseLunarCalendar.ToSolar(1, month, year);
        (leapStart.DayNumber - regularStart.DayNumber).ShouldBeInRange(29, 30);
    }

    [Fact]
    public void In1984VietnamHadNoLeapMonthWhereChinaHadTheTenth()
    {
        // At UTC+7 the month without a major term comes later, in 1985 (a leap 2nd month): Tết 1985 is a month before China's.
        VietnameseLunarCalendar.LeapMonth(1984).ShouldBeNull();
        VietnameseLunarCalendar.ToSolar(new LunarDate(1, 10, 1984, IsLeapMonth: true), utcOffsetHours: 8).ShouldBe(new DateOnly(1984, 11, 23));
        Should.Throw<ArgumentOutOfRangeException>(() => VietnameseLunarCalendar.ToSolar(1, 10, 1984, isLeapMonth: true));
    }

    [Fact]
    public void AYearWithoutLeapMonthHasNone()
    {
        VietnameseLunarCalendar.LeapMonth(2026).ShouldBeNull();
        Should.Throw<ArgumentOutOfRangeException>(() => VietnameseLunarCalendar.ToSolar(1, 6, 2026, isLeapMonth: true));
    }

    [Fact]
    public void NonexistentDaysAndYearsOutOfRangeAreRejected()
    {
        Should.Throw<ArgumentOutOfRangeException>(() => VietnameseLunarCalendar.ToSolar(31, 1, 2026));
        Should.Throw<ArgumentOutOfRangeException>(() => VietnameseLunarCalendar.ToSolar(1, 13, 2026));
        Should.Throw<ArgumentOutOfRangeException>(() => VietnameseLunarCalendar.ToLunar(new DateOnly(1700, 1, 1)));
    }

    [Fact]
    public void LunarDateIsWrittenDayMonthYear()
    {
        new LunarDate(10, 3, 2026).ToString().ShouldBe("10/3/2026");
        new LunarDate(15, 6, 2025, true).ToString().ShouldBe("15/6 nhuận/2025");
    }
}
