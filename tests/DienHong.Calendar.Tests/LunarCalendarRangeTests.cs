namespace DienHong.Calendar.Tests;

/// <summary>What the lunar calendar refuses, and why it says so.</summary>
public sealed class LunarCalendarRangeTests
{
    [Fact]
    public void TheFirstAndLastSupportedYearsWork()
    {
        VietnameseLunarCalendar.ToLunar(new DateOnly(1800, 1, 1)).Year.ShouldBe(1799);
        VietnameseLunarCalendar.ToLunar(new DateOnly(2199, 12, 31)).Year.ShouldBe(2199);
        VietnameseLunarCalendar.LeapMonth(VietnameseLunarCalendar.MinYear).ShouldBe(4);
        VietnameseLunarCalendar.LeapMonth(VietnameseLunarCalendar.MaxYear).ShouldBe(6);
    }

    [Theory]
    [InlineData(1799)]
    [InlineData(2200)]
    public void YearsOutsideTheRangeAreRefusedEverywhere(int year)
    {
        Should.Throw<ArgumentOutOfRangeException>(() => VietnameseLunarCalendar.LeapMonth(year)).Message.ShouldContain("1800 to 2199");
        Should.Throw<ArgumentOutOfRangeException>(() => VietnameseLunarCalendar.NewYear(year)).Message.ShouldContain("1800 to 2199");
        Should.Throw<ArgumentOutOfRangeException>(() => VietnameseLunarCalendar.DaysInMonth(6, year)).Message.ShouldContain("1800 to 2199");
        Should.Throw<ArgumentOutOfRangeException>(() => VietnameseLunarCalendar.ToLunar(new DateOnly(year, 6, 1))).Message.ShouldContain("1800 to 2199");
    }

    [Theory]
    [InlineData(0)]
    [InlineData(13)]
    public void AMonthIsNumberedOneToTwelve(int month)
    {
        Should.Throw<ArgumentOutOfRangeException>(() => VietnameseLunarCalendar.ToSolar(1, month, 2026)).Message.ShouldContain("1 to 12");
    }

    [Fact]
    public void AMissingLeapMonthAndAMissingDayAreNamed()
    {
        Should.Throw<ArgumentOutOfRangeException>(() => VietnameseLunarCalendar.ToSolar(1, 5, 2025, isLeapMonth: true))
            .Message.ShouldContain("Lunar year 2025 has no leap month 5.");

        // Lunar 12/2025 has 29 days (Tết 2026 is on 17/2, the 29th of month 12 is 16/2).
        VietnameseLunarCalendar.ToSolar(29, 12, 2025).ShouldBe(new DateOnly(2026, 2, 16));
        Should.Throw<ArgumentOutOfRangeException>(() => VietnameseLunarCalendar.ToSolar(30, 12, 2025)).Message.ShouldContain("Lunar month 12/2025 has 29 days.");
        Should.Throw<ArgumentOutOfRangeException>(() => VietnameseLunarCalendar.ToSolar(0, 1, 2026)).Message.ShouldContain("has 30 days");
    }

    [Fact]
    public void ALeapMonthInTheWinterBelongsToItsYear()
    {
        // 2033 has a leap 11th month, counted in the span after the solstice.
        VietnameseLunarCalendar.LeapMonth(2033).ShouldBe(11);
        VietnameseLunarCalendar.ToLunar(VietnameseLunarCalendar.ToSolar(15, 11, 2033, isLeapMonth: true))
            .ShouldBe(new LunarDate(15, 11, 2033, IsLeapMonth: true));
    }
}
