using System.Globalization;
using Shouldly;
using Xunit;

namespace DienHong.Calendar.Tests;

/// <summary>The texts, and where one turns into the next: the 00:00 day boundaries in Hà Nội, not in UTC.</summary>
public sealed class DeadlineTextTests
{
    private static readonly CultureInfo Vi = new("vi");
    private static readonly CultureInfo En = new("en");
    private static readonly WorkingCalendar Calendar = VietnamCalendar.Create(null);

    // Monday 2 March 2026, 09:00 in Hanoi; the deadline ends at 24:00 on Thursday 5 March (17:00 UTC).
    private static readonly DateTimeOffset Now = new(2026, 3, 2, 9, 0, 0, TimeSpan.FromHours(7));
    private static readonly DateTimeOffset Thursday = new(2026, 3, 6, 0, 0, 0, TimeSpan.FromHours(7));

    [Fact]
    public void Remaining_working_days_are_counted_on_the_calendar()
    {
        DeadlineText.Describe(Thursday, Now, Calendar, Vi).ShouldBe("còn 3 ngày làm việc");
        DeadlineText.Describe(Thursday, Now, Calendar, En).ShouldBe("3 working days left");
    }

    [Fact]
    public void Days_off_are_not_counted_as_remaining()
    {
        // From Friday 13 Feb 2026 to the end of Monday 23 Feb: Tết (14-22 Feb) leaves one working day.
        var friday = new DateTimeOffset(2026, 2, 13, 9, 0, 0, TimeSpan.FromHours(7));
        var due = new DateTimeOffset(2026, 2, 24, 0, 0, 0, TimeSpan.FromHours(7));
        DeadlineText.Describe(due, friday, Calendar, En).ShouldBe("1 working day left");
    }

    [Fact]
    public void The_last_day_is_due_today()
    {
        DeadlineText.Describe(Thursday, Thursday.AddHours(-10), Calendar, En).ShouldBe("due today");
        DeadlineText.Describe(Thursday, Thursday.AddHours(-10), Calendar, Vi).ShouldBe("hạn chót hôm nay");
    }

    [Fact]
    public void Overdue_time_is_humanized()
    {
        DeadlineText.Describe(Thursday, Thursday.AddDays(2).AddHours(3), Calendar, En).ShouldBe("overdue by 2 days");
        DeadlineText.Describe(Thursday, Thursday.AddDays(2).AddHours(3), Calendar, Vi).ShouldBe("quá hạn 2 ngày");
        DeadlineText.Describe(Thursday, Thursday.AddHours(5), Calendar, En).ShouldBe("overdue by 5 hours");
    }

    private static DateTimeOffset Hanoi(int day, int hour, int minute = 0) => new(2026, 3, day, hour, minute, 0, TimeSpan.FromHours(7));

    private static string InEnglish(DateTimeOffset now) => DeadlineText.Describe(Thursday, now, Calendar, En);

    [Fact]
    public void TheLastDayIsDueTodayFromItsFirstToItsLastInstant()
    {
        InEnglish(Hanoi(4, 23, 59)).ShouldBe("1 working day left");
        InEnglish(Hanoi(5, 0, 0).AddTicks(-1)).ShouldBe("1 working day left");
        InEnglish(Hanoi(5, 0, 0)).ShouldBe("due today");
        InEnglish(Thursday.AddTicks(-1)).ShouldBe("due today");
        DeadlineText.Describe(Thursday, Thursday.AddTicks(-1), Calendar, Vi).ShouldBe("hạn chót hôm nay");
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
        DeadlineText.Describe(Thursday.ToUniversalTime(), now, Calendar, Vi).ShouldBe("hạn chót hôm nay");
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
        InEnglish(Thursday).ShouldBe("overdue by 1 minute");
        InEnglish(Thursday.AddSeconds(59)).ShouldBe("overdue by 1 minute");
        InEnglish(Thursday.AddMinutes(10)).ShouldBe("overdue by 10 minutes");
        DeadlineText.Describe(Thursday, Thursday.AddMinutes(10), Calendar, Vi).ShouldBe("quá hạn 10 phút");
        InEnglish(Thursday.AddHours(1).AddTicks(-1)).ShouldBe("overdue by 59 minutes");
        InEnglish(Thursday.AddHours(1)).ShouldBe("overdue by 1 hour");
    }

    [Fact]
    public void OverdueByOneDayStartsAtTheNextMidnight()
    {
        InEnglish(Thursday.AddDays(1).AddTicks(-1)).ShouldBe("overdue by 23 hours");
        InEnglish(Thursday.AddDays(1)).ShouldBe("overdue by 1 day");
        DeadlineText.Describe(Thursday, Thursday.AddDays(1), Calendar, Vi).ShouldBe("quá hạn 1 ngày");
        InEnglish(Thursday.AddDays(2).AddTicks(-1)).ShouldBe("overdue by 1 day");
        InEnglish(Thursday.AddDays(8)).ShouldBe("overdue by 8 days");
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
