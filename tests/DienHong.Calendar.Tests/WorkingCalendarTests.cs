using static DienHong.Calendar.Tests.Dates;

namespace DienHong.Calendar.Tests;

/// <summary>The deadline arithmetic of <see cref="WorkingCalendar"/> over the shipped schedule files and the rules.</summary>
public sealed class WorkingCalendarTests
{
    private static readonly WorkingCalendar Vietnam = VietnamCalendar.Create(null);
    private static readonly TimeSpan Ict = TimeSpan.FromHours(7);

    [Fact]
    public void WorkingDaysCrossTheYearEndBetweenTwoFiles()
    {
        // Wednesday 31/12/2025 (vn-2025.json) to vn-2026.json: 1/1 off, Friday 2/1 counts, then the weekend.
        var deadline = Vietnam.Add(Morning("2025-12-31"), Duration.WorkingDays(2));

        deadline.LastDay.ShouldBe(D("2026-01-05"));
        deadline.Due.ShouldBe(new DateTimeOffset(2026, 1, 6, 0, 0, 0, Ict));
        deadline.SkippedDays.Select(d => (d.Date, d.Reason)).ShouldBe(
            [(D("2026-01-01"), VietnamHolidayNames.NewYearsDay), (D("2026-01-03"), WeekdayDaySource.Saturday), (D("2026-01-04"), WeekdayDaySource.Sunday)]);
        deadline.RolledForward.ShouldBeFalse();
    }

    [Fact]
    public void WorkingDaysCrossFromTheLastFileIntoTheRules()
    {
        // Friday 31/12/2027 is the last day of vn-2027.json; 2028 has no file: 1/1 on Saturday is made up on Monday 3/1.
        var deadline = Vietnam.Add(Morning("2027-12-31"), Duration.WorkingDays(1));

        deadline.LastDay.ShouldBe(D("2028-01-04"));
        deadline.SkippedDays.Select(d => d.Reason!.Vi).ShouldBe(["Tết Dương lịch", "Chủ nhật", "Nghỉ bù Tết Dương lịch"]);
    }

    [Fact]
    public void ZeroDaysEndWithTheEventDay()
    {
        var deadline = Vietnam.Add(Morning("2026-03-04"), Duration.WorkingDays(0));

        deadline.LastDay.ShouldBe(D("2026-03-04"));
        deadline.Due.ShouldBe(new DateTimeOffset(2026, 3, 5, 0, 0, 0, Ict));
        deadline.SkippedDays.ShouldBeEmpty();
    }

    [Fact]
    public void ANegativePeriodIsRefused()
    {
        foreach (var kind in Enum.GetValues<DurationKind>())
        {
            Should.Throw<ArgumentOutOfRangeException>(() => Vietnam.Add(Morning("2026-03-04"), new Duration(kind, -1)));
        }
    }

    [Fact]
    public void DaysEndingOnAWorkingDayAreNotRolledForward()
    {
        var deadline = Vietnam.Add(Morning("2026-03-02"), Duration.Days(3));

        deadline.LastDay.ShouldBe(D("2026-03-05"));
        deadline.RolledForward.ShouldBeFalse();
        deadline.SkippedDays.ShouldBeEmpty();
    }

    [Fact]
    public void DaysEndingOnASaturdayRollToMondayButConsecutiveDaysDoNot()
    {
        var days = Vietnam.Add(Morning("2026-03-02"), Duration.Days(5));
        days.LastDay.ShouldBe(D("2026-03-09"));
        days.Due.ShouldBe(new DateTimeOffset(2026, 3, 10, 0, 0, 0, Ict));
        days.RolledForward.ShouldBeTrue();
        days.SkippedDays.Select(d => d.Date).ShouldBe([D("2026-03-07"), D("2026-03-08")]);

        var consecutive = Vietnam.Add(Morning("2026-03-02"), Duration.ConsecutiveDays(5));
        consecutive.LastDay.ShouldBe(D("2026-03-07"));
        consecutive.Due.ShouldBe(new DateTimeOffset(2026, 3, 8, 0, 0, 0, Ict));
        consecutive.RolledForward.ShouldBeFalse();
        consecutive.SkippedDays.ShouldBeEmpty();
    }

    [Fact]
    public void HoursAreClockHoursThroughNightsAndWeekends()
    {
        var friday = new DateTimeOffset(2026, 3, 6, 22, 0, 0, Ict);
        var deadline = Vietnam.Add(friday, Duration.Hours(48));

        deadline.Due.ShouldBe(new DateTimeOffset(2026, 3, 8, 22, 0, 0, Ict));
        deadline.LastDay.ShouldBe(D("2026-03-08"));
        deadline.SkippedDays.ShouldBeEmpty();
        deadline.RolledForward.ShouldBeFalse();
        deadline.Start.ShouldBe(friday);
        deadline.Duration.ShouldBe(Duration.Hours(48));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(3)]
    [InlineData(6)]
    public void TheEventDayIsTheDayInHanoiEvenWhenUtcIsStillTheDayBefore(int hanoiHour)
    {
        // Friday 6/3/2026 at 00:00-07:00 in Hà Nội is Thursday in UTC: one working day later is Monday, not Friday.
        var start = new DateTimeOffset(2026, 3, 6, hanoiHour, 30, 0, Ict).ToUniversalTime();
        start.Day.ShouldBe(5);

        var deadline = Vietnam.Add(start, Duration.WorkingDays(1));
        deadline.LastDay.ShouldBe(D("2026-03-09"));
        deadline.Due.ShouldBe(new DateTimeOffset(2026, 3, 10, 0, 0, 0, Ict));
        deadline.Due.Offset.ShouldBe(Ict);

        Vietnam.Add(start, Duration.ConsecutiveDays(1)).LastDay.ShouldBe(D("2026-03-07"));
        Vietnam.Add(start, Duration.Hours(1)).LastDay.ShouldBe(D("2026-03-06"));
        Vietnam.LocalDate(start).ShouldBe(D("2026-03-06"));
    }

    [Theory]
    [InlineData(0, 0)]
    [InlineData(3, 0)]
    [InlineData(6, 59)]
    [InlineData(7, 0)]
    public void EveryInstantFromMidnightToSevenInVietnamIsOnTheVietnameseDay(int hour, int minute)
    {
        // 17:00-24:00 UTC on Thursday 5/3/2026 (and 00:00 UTC on Friday) are all Friday 6/3 in Vietnam.
        var start = new DateTimeOffset(2026, 3, 6, hour, minute, 0, Ict).ToUniversalTime();

        Vietnam.LocalDate(start).ShouldBe(D("2026-03-06"));
        Vietnam.Add(start, Duration.WorkingDays(1)).LastDay.ShouldBe(D("2026-03-09"));
    }

    [Fact]
    public void TheDayEndsAtMidnightInTheCalendarsZone()
    {
        Vietnam.EndOfDay(D("2026-03-05")).ShouldBe(new DateTimeOffset(2026, 3, 5, 17, 0, 0, TimeSpan.Zero));
        Vietnam.EndOfDay(D("2026-03-05")).Offset.ShouldBe(Ict);
        Vietnam.LocalDate(new DateTimeOffset(2026, 3, 5, 16, 59, 59, TimeSpan.Zero)).ShouldBe(D("2026-03-05"));
        Vietnam.LocalDate(new DateTimeOffset(2026, 3, 5, 17, 0, 0, TimeSpan.Zero)).ShouldBe(D("2026-03-06"));
    }

    [Fact]
    public void TheVietnamZoneIsUtcPlusSevenAllYear()
    {
        var zone = WorkingCalendar.VietnamTimeZone;

        zone.Id.ShouldBe("Asia/Ho_Chi_Minh");
        zone.GetUtcOffset(new DateTime(2026, 1, 15, 0, 0, 0, DateTimeKind.Utc)).ShouldBe(Ict);
        zone.GetUtcOffset(new DateTime(2026, 7, 15, 0, 0, 0, DateTimeKind.Utc)).ShouldBe(Ict);
        Vietnam.TimeZone.ShouldBe(zone);
    }

    [Fact]
    public void WithoutTzdataTheZoneIsAFixedUtcPlusSeven()
    {
        var zone = WorkingCalendar.FindVietnamZone("No/Such_Zone");

        zone.Id.ShouldBe("Asia/Ho_Chi_Minh");
        zone.BaseUtcOffset.ShouldBe(Ict);
        zone.SupportsDaylightSavingTime.ShouldBeFalse();
        zone.DisplayName.ShouldBe("Indochina Time");
        zone.StandardName.ShouldBe("ICT");
    }

    [Fact]
    public void TheWeekdaysCalendarHasNoHolidays()
    {
        var weekdays = WorkingCalendar.Weekdays;

        weekdays.TimeZone.ShouldBe(WorkingCalendar.VietnamTimeZone);
        weekdays.Describe(D("2026-01-01")).ShouldBe(DayInfo.Working(D("2026-01-01")));
        weekdays.Describe(D("2026-01-03")).ShouldBe(DayInfo.Off(D("2026-01-03"), WeekdayDaySource.Saturday));
        weekdays.Describe(D("2026-01-04")).ShouldBe(DayInfo.Off(D("2026-01-04"), WeekdayDaySource.Sunday));
        weekdays.Add(Morning("2025-12-31"), Duration.WorkingDays(2)).LastDay.ShouldBe(D("2026-01-02"));
    }
}
