using static DienHong.Calendar.Tests.Dates;

namespace DienHong.Calendar.Tests;

public class VietnamHolidayRulesTests
{
    private readonly VietnamHolidayRules rules = new();

    [Fact]
    public void TetIsTheLastDayOfTheLunarYearAndTheFirstFourDays()
    {
        var off = rules.Holidays(2026).Where(d => d.Reason == VietnamHolidayNames.LunarNewYear).Select(d => d.Date);

        off.ShouldBe(Range("2026-02-16", "2026-02-20"));
        rules.Describe(D("2026-02-13")).IsWorkingDay.ShouldBeTrue();
        rules.Describe(D("2026-02-23")).IsWorkingDay.ShouldBeTrue();
    }

    [Fact]
    public void AHolidayOnASundayMovesToMonday()
    {
        var gioTo = rules.Describe(D("2026-04-26"));
        var monday = rules.Describe(D("2026-04-27"));

        gioTo.Reason.ShouldBe(VietnamHolidayNames.HungKings);
        monday.IsWorkingDay.ShouldBeFalse();
        monday.Reason!.Vi.ShouldBe("Nghỉ bù Giỗ Tổ Hùng Vương");
        monday.Reason.En.ShouldBe("Compensatory day for Hung Kings' Commemoration");
    }

    [Fact]
    public void CompensatoryDaysSkipHolidaysAndEachOther()
    {
        // 2023: Giỗ Tổ on Saturday 29/4, 30/4 on Sunday, 1/5 on Monday: the official 29/4-3/5 break.
        rules.Holidays(2023).Where(d => d.Date.Month is 4 or 5).Select(d => d.Date).ShouldBe(Range("2023-04-29", "2023-05-03"));
        rules.Describe(D("2023-05-02")).Reason!.Vi.ShouldBe("Nghỉ bù Giỗ Tổ Hùng Vương");
        rules.Describe(D("2023-05-03")).Reason!.Vi.ShouldBe("Nghỉ bù Ngày Chiến thắng");

        // 2027: Tết on Saturday 6/2 and Sunday 7/2 are made up after the span, on Wednesday and Thursday.
        rules.Describe(D("2027-02-10")).Reason!.Vi.ShouldBe("Nghỉ bù Tết Nguyên đán");
        rules.Describe(D("2027-02-11")).Reason!.Vi.ShouldBe("Nghỉ bù Tết Nguyên đán");
        rules.Describe(D("2027-02-12")).IsWorkingDay.ShouldBeTrue();
    }

    [Theory]
    [InlineData("2025-09-01")] // Tuesday 2/9: Monday
    [InlineData("2026-09-01")] // Wednesday: Tuesday
    [InlineData("2027-09-03")] // Thursday: Friday, to join the weekend
    [InlineData("2028-09-01")] // Friday: Thursday
    public void NationalDayHasAnAdjacentDay(string adjacent)
    {
        rules.Describe(D(adjacent)).Reason.ShouldBe(VietnamHolidayNames.NationalDayAdjacent);
    }

    [Fact]
    public void NationalDayOnMondayGivesTheOfficial2024Break()
    {
        // 2/9/2024 was a Monday: the adjacent 1/9 is a Sunday, compensated on Tuesday 3/9 as the notice had it.
        rules.Holidays(2024, includeWeekends: true).Select(d => d.Date).Where(d => d >= D("2024-08-30") && d <= D("2024-09-06"))
            .ShouldBe(Range("2024-08-31", "2024-09-03"));
    }

    [Fact]
    public void CultureDayCountsOnlyFromJuly2026()
    {
        rules.Describe(D("2025-11-24")).IsWorkingDay.ShouldBeTrue();
        rules.Describe(D("2026-11-24")).Reason.ShouldBe(VietnamHolidayNames.CultureDay);
        VietnamHolidayRules.FixedHolidays(2025).Count.ShouldBe(5);
        VietnamHolidayRules.FixedHolidays(2026).Select(d => d.Date)
            .ShouldBe([D("2026-01-01"), D("2026-04-26"), D("2026-04-30"), D("2026-05-01"), D("2026-09-02"), D("2026-11-24")]);
    }

    [Fact]
    public void EveryHolidayCostsExactlyOneWeekday()
    {
        // Art. 111.3: a holiday on a weekend is made up, so each holiday removes one Monday-Friday, every year.
        for (var year = 1900; year <= 2199; year++)
        {
            var days = rules.Holidays(year);
            var holidays = days.Count(d => !d.Reason!.Vi.StartsWith("Nghỉ bù", StringComparison.Ordinal));
            var weekdaysOff = days.Count(d => d.Date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday));

            weekdaysOff.ShouldBe(holidays, $"year {year}");
            holidays.ShouldBeInRange(10, year >= 2026 ? 12 : 11, $"year {year}");
        }
    }

    [Fact]
    public void WeekendsAreListedOnlyWhenAskedFor()
    {
        rules.Holidays(2026).ShouldNotContain(d => d.Date == D("2026-01-03"));
        var withWeekends = rules.Holidays(2026, includeWeekends: true);
        withWeekends.ShouldContain(d => d.Date == D("2026-01-03") && d.Reason == WeekdayDaySource.Saturday);
        withWeekends.Count(d => d.Date.DayOfWeek == DayOfWeek.Sunday).ShouldBe(52);
        withWeekends.Select(d => d.Date).ShouldBeInOrder();
    }
}
