using System.Globalization;

namespace DienHong.Calendar.Tests;

/// <summary>Where one text turns into the next: the 00:00 day boundaries in Hà Nội, not in UTC.</summary>
public sealed class DeadlineTextBoundaryTests
{
    private static readonly CultureInfo Vi = new("vi");
    private static readonly CultureInfo En = new("en");
    private static readonly WorkingCalendar Calendar = VietnamCalendar.Create(null);

    // The deadline ends at 24:00 on Thursday 5 March 2026 in Hà Nội, 17:00 UTC that day.
    private static readonly DateTimeOffset Due = new(2026, 3, 6, 0, 0, 0, TimeSpan.FromHours(7));

    private static DateTimeOffset Hanoi(int day, int hour, int minute = 0) => new(2026, 3, day, hour, minute, 0, TimeSpan.FromHours(7));

    private static string InEnglish(DateTimeOffset now) => DeadlineText.Describe(Due, now, Calendar, En);

    [Fact]
    public void TheLastDayIsDueTodayFromItsFirstToItsLastInstant()
    {
        InEnglish(Hanoi(4, 23, 59)).ShouldBe("1 working day left");
        InEnglish(Hanoi(5, 0, 0).AddTicks(-1)).ShouldBe("1 working day left");
        InEnglish(Hanoi(5, 0, 0)).ShouldBe("due today");
        InEnglish(Due.AddTicks(-1)).ShouldBe("due today");
        DeadlineText.Describe(Due, Due.AddTicks(-1), Calendar, Vi).ShouldBe("hạn chót hôm nay");
    }

    [Theory]
    [InlineData(0)]
    [InlineData(3)]
    [InlineData(6)]
    public void BetweenMidnightAndSevenInHanoiItIsAlreadyTheNextDayThoughUtcIsNot(int hanoiHour)
    {
        // 00:00-07:00 on Thursday in Hà Nội is still Wednesday in UTC: counted in UTC it would be a day early.
        var now = Hanoi(5, hanoiHour, 30).ToUniversalTime();
        now.Day.ShouldBe(4);

        InEnglish(now).ShouldBe("due today");
        InEnglish(Hanoi(4, hanoiHour, 30).ToUniversalTime()).ShouldBe("1 working day left");
        DeadlineText.Describe(Due.ToUniversalTime(), now, Calendar, Vi).ShouldBe("hạn chót hôm nay");
    }

    [Fact]
    public void AWeekendBeforeTheLastDayIsNotCounted()
    {
        // Due at the end of Monday 9 March: from Friday night, through the weekend, one working day is left.
        var monday = new DateTimeOffset(2026, 3, 10, 0, 0, 0, TimeSpan.FromHours(7));

        DeadlineText.Describe(monday, Hanoi(6, 23, 59), Calendar, En).ShouldBe("1 working day left");
        DeadlineText.Describe(monday, Hanoi(8, 23, 59), Calendar, Vi).ShouldBe("còn 1 ngày làm việc");
        DeadlineText.Describe(monday, Hanoi(9, 0, 0), Calendar, En).ShouldBe("due today");
        DeadlineText.Describe(monday, Hanoi(5, 23, 59), Calendar, En).ShouldBe("2 working days left");
    }

    [Fact]
    public void WhenOnlyDaysOffAreLeftTheDaysAreCountedNotCalledToday()
    {
        // A consecutive-day period ending on Saturday 7 March: on Friday it is not due today.
        var saturday = new DateTimeOffset(2026, 3, 8, 0, 0, 0, TimeSpan.FromHours(7));
        DeadlineText.Describe(saturday, Hanoi(6, 9), Calendar, En).ShouldBe("1 day left");
        DeadlineText.Describe(saturday, Hanoi(6, 9), Calendar, Vi).ShouldBe("còn 1 ngày");
        DeadlineText.Describe(saturday, Hanoi(7, 9), Calendar, En).ShouldBe("due today");

        // Ending on Sunday 22 February 2026, the last day of Tết: nine days off are left on Friday 13.
        var endOfTet = new DateTimeOffset(2026, 2, 23, 0, 0, 0, TimeSpan.FromHours(7));
        var friday = new DateTimeOffset(2026, 2, 13, 9, 0, 0, TimeSpan.FromHours(7));
        DeadlineText.Describe(endOfTet, friday, Calendar, En).ShouldBe("9 days left");
        DeadlineText.Describe(endOfTet, friday, Calendar, Vi).ShouldBe("còn 9 ngày");
    }

    [Fact]
    public void OverdueStartsAt24HundredAndNeverReadsZero()
    {
        InEnglish(Due).ShouldBe("overdue by 1 minute");
        InEnglish(Due.AddSeconds(59)).ShouldBe("overdue by 1 minute");
        InEnglish(Due.AddMinutes(10)).ShouldBe("overdue by 10 minutes");
        DeadlineText.Describe(Due, Due.AddMinutes(10), Calendar, Vi).ShouldBe("quá hạn 10 phút");
        InEnglish(Due.AddHours(1).AddTicks(-1)).ShouldBe("overdue by 59 minutes");
        InEnglish(Due.AddHours(1)).ShouldBe("overdue by 1 hour");
    }

    [Fact]
    public void OverdueByOneDayStartsAtTheNextMidnight()
    {
        InEnglish(Due.AddDays(1).AddTicks(-1)).ShouldBe("overdue by 23 hours");
        InEnglish(Due.AddDays(1)).ShouldBe("overdue by 1 day");
        DeadlineText.Describe(Due, Due.AddDays(1), Calendar, Vi).ShouldBe("quá hạn 1 ngày");
        InEnglish(Due.AddDays(2).AddTicks(-1)).ShouldBe("overdue by 1 day");
        InEnglish(Due.AddDays(8)).ShouldBe("overdue by 8 days");
    }

    [Fact]
    public void TheDaysAreTheCalendarsOwnZone()
    {
        // A calendar kept in UTC: 01:00 Hà Nội time on Thursday is still its Wednesday.
        var utcWeekdays = new WorkingCalendar(TimeZoneInfo.Utc, new WeekdayDaySource());
        var dueUtc = new DateTimeOffset(2026, 3, 6, 0, 0, 0, TimeSpan.Zero);

        DeadlineText.Describe(dueUtc, Hanoi(5, 1), utcWeekdays, En).ShouldBe("1 working day left");
        DeadlineText.Describe(dueUtc, Hanoi(5, 8), utcWeekdays, En).ShouldBe("due today");
    }
}
