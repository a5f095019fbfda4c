using System.Globalization;
using Shouldly;
using Xunit;

namespace DienHong.Calendar.Tests;

public sealed class DeadlineTextTests
{
    private static readonly CultureInfo Vi = new("vi");
    private static readonly CultureInfo En = new("en");
    private static readonly WorkingCalendar Calendar = VietnamCalendar.Create(null);

    // Monday 2 March 2026, 09:00 in Hanoi; the deadline ends at 24:00 on Thursday 5 March.
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
}
