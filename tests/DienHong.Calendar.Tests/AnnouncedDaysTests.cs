using Shouldly;
using static DienHong.Calendar.Tests.Dates;

namespace DienHong.Calendar.Tests;

/// <summary>
/// Days announced after the files were read: an extra day off is listed and skipped by deadlines, a compensatory
/// working day is worked and leaves the list, and a new set replaces the old one whole.
/// </summary>
public class AnnouncedDaysTests
{
    private static readonly LocalizedText Reason = new("Nghỉ bù theo thông báo", "Compensatory day off as announced");

    [Fact]
    public void AnExtraDayOffIsListedAndSkippedByADeadline()
    {
        var calendar = VietnamCalendar.Load();
        var deadlines = new WorkingCalendar(WorkingCalendar.VietnamTimeZone, calendar);
        deadlines.Add(Morning("2026-03-02"), new Duration(DurationKind.WorkingDays, 3)).LastDay.ShouldBe(D("2026-03-05"));

        calendar.Announce([DayInfo.Off(D("2026-03-04"), Reason)]);

        calendar.Describe(D("2026-03-04")).ShouldBe(DayInfo.Off(D("2026-03-04"), Reason));
        calendar.Holidays(2026).ShouldContain(DayInfo.Off(D("2026-03-04"), Reason));
        calendar.Holidays(2026).Select(d => d.Date).ShouldBeInOrder();
        deadlines.Add(Morning("2026-03-02"), new Duration(DurationKind.WorkingDays, 3)).LastDay.ShouldBe(D("2026-03-06"));
    }

    [Fact]
    public void ACompensatoryWorkingDayIsWorkedAndANewSetReplacesTheOld()
    {
        var calendar = VietnamCalendar.Load();
        var labourDay = D("2026-05-01");
        calendar.Holidays(2026).Select(d => d.Date).ShouldContain(labourDay);

        calendar.Announce([DayInfo.Working(labourDay, Reason), DayInfo.Off(D("2027-06-07"), Reason)]);
        calendar.Describe(labourDay).IsWorkingDay.ShouldBeTrue();
        calendar.Holidays(2026).Select(d => d.Date).ShouldNotContain(labourDay);

        calendar.Announce([]);
        calendar.Describe(labourDay).IsWorkingDay.ShouldBeFalse();
        calendar.Describe(D("2027-06-07")).IsWorkingDay.ShouldBeTrue();
        calendar.Announced.ShouldBeEmpty();
    }
}
