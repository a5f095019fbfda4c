using static DienHong.Calendar.Tests.Dates;

namespace DienHong.Calendar.Tests;

/// <summary>The shipped schedule files (workflows/calendars) with the deadline arithmetic.</summary>
public class VietnamCalendarTests
{
    private static readonly VietnamCalendar Calendar = VietnamCalendar.Load();
    private static readonly WorkingCalendar Deadlines = new(WorkingCalendar.VietnamTimeZone, Calendar);

    [Fact]
    public void TheDefaultFolderIsTheWorkspacesAndHoldsTheOfficialYears()
    {
        var folder = VietnamCalendar.FindCalendarsFolder();

        folder.ShouldNotBeNull();
        folder.ShouldEndWith(Path.Combine("workflows", "calendars"));
        Calendar.OfficialYears.Keys.ShouldBe([2025, 2026, 2027], ignoreOrder: true);
        Calendar.IsConfirmed(2026).ShouldBeTrue();
        Calendar.IsConfirmed(2027).ShouldBeFalse();
        Calendar.IsConfirmed(2028).ShouldBeFalse();
    }

    [Fact]
    public void TheFilesAreCopiedNextToTheAssemblyForAPublishedTool()
    {
        var shipped = Path.Combine(AppContext.BaseDirectory, VietnamCalendar.OutputFolder);
        File.Exists(Path.Combine(shipped, "vn-2026.json")).ShouldBeTrue();

        using var elsewhere = new TempFolder();
        Directory.CreateDirectory(Path.Combine(elsewhere.Path, VietnamCalendar.OutputFolder));
        VietnamCalendar.FindCalendarsFolder(elsewhere.Path).ShouldBe(Path.Combine(elsewhere.Path, VietnamCalendar.OutputFolder));
    }

    [Fact]
    public void TheWholeTet2026SpanIsOff()
    {
        foreach (var day in Range("2026-02-14", "2026-02-22"))
        {
            var info = Calendar.Describe(day);
            info.IsWorkingDay.ShouldBeFalse(day.ToString());
            info.Reason!.Vi.ShouldContain("Tết Nguyên đán");
        }

        Calendar.Describe(D("2026-02-13")).IsWorkingDay.ShouldBeTrue();
        Calendar.Describe(D("2026-02-23")).IsWorkingDay.ShouldBeTrue();
    }

    [Fact]
    public void FiveWorkingDaysFromTheThursdayBeforeTet2026EndOnThursday26February()
    {
        var deadline = Deadlines.Add(Morning("2026-02-12"), Duration.WorkingDays(5));

        // Fri 13 counts, 14-22 are Tết, then Mon 23 to Thu 26.
        deadline.LastDay.ShouldBe(D("2026-02-26"));
        deadline.Due.ShouldBe(new DateTimeOffset(2026, 2, 27, 0, 0, 0, TimeSpan.FromHours(7)));
        deadline.SkippedDays.Select(d => d.Date).ShouldBe(Range("2026-02-14", "2026-02-22"));
        deadline.SkippedDays.ShouldAllBe(d => !d.IsWorkingDay && d.Reason!.Vi == "Nghỉ Tết Nguyên đán Bính Ngọ");
        deadline.SkippedDays[0].Reason!.For("en").ShouldBe("Lunar New Year (Tết) holiday");
        deadline.RolledForward.ShouldBeFalse();
    }

    [Fact]
    public void GioTo2026OnSundayIsMadeUpOnMonday()
    {
        Calendar.Describe(D("2026-04-26")).Reason.ShouldBe(VietnamHolidayNames.HungKings);
        var monday = Calendar.Describe(D("2026-04-27"));
        monday.IsWorkingDay.ShouldBeFalse();
        monday.Reason!.Vi.ShouldBe("Nghỉ bù Giỗ Tổ Hùng Vương");

        var deadline = Deadlines.Add(Morning("2026-04-24"), Duration.WorkingDays(1));
        deadline.LastDay.ShouldBe(D("2026-04-28"));
        deadline.SkippedDays.Select(d => d.Reason!.Vi).ShouldBe(["Thứ Bảy", "Giỗ Tổ Hùng Vương", "Nghỉ bù Giỗ Tổ Hùng Vương"]);
    }

    [Fact]
    public void ASwappedSaturdayIsAWorkingDay()
    {
        var saturday = Calendar.Describe(D("2025-04-26"));
        saturday.IsWorkingDay.ShouldBeTrue();
        saturday.Reason!.Vi.ShouldContain("Làm bù");

        Deadlines.Add(Morning("2025-04-25"), Duration.WorkingDays(1)).LastDay.ShouldBe(D("2025-04-26"));

        // And the Friday it was swapped for is off: 30/4 to 4/5 in one break.
        var deadline = Deadlines.Add(Morning("2025-04-29"), Duration.WorkingDays(1));
        deadline.LastDay.ShouldBe(D("2025-05-05"));
        deadline.SkippedDays.Select(d => d.Reason!.Vi).ShouldBe(
            ["Ngày Chiến thắng", "Ngày Quốc tế lao động", "Nghỉ hoán đổi (làm bù thứ Bảy 26/4/2025)", "Thứ Bảy", "Chủ nhật"]);
    }

    [Fact]
    public void CalendarDaysRollForwardOverTet()
    {
        var deadline = Deadlines.Add(Morning("2026-02-11"), Duration.Days(3));

        deadline.LastDay.ShouldBe(D("2026-02-23"));
        deadline.RolledForward.ShouldBeTrue();
        deadline.SkippedDays.Select(d => d.Date).ShouldBe(Range("2026-02-14", "2026-02-22"));
    }

    [Fact]
    public void ConsecutiveDaysDoNotRollForward()
    {
        var deadline = Deadlines.Add(Morning("2026-02-11"), Duration.ConsecutiveDays(3));

        deadline.LastDay.ShouldBe(D("2026-02-14"));
        deadline.RolledForward.ShouldBeFalse();
        deadline.SkippedDays.ShouldBeEmpty();
    }

    [Fact]
    public void HolidaysListsTheYearsDaysOffWithReasons()
    {
        var days = Calendar.Holidays(2026);

        days.Select(d => d.Date).ShouldBe(
            [D("2026-01-01"), .. Range("2026-02-14", "2026-02-22"), D("2026-04-26"), D("2026-04-27"), D("2026-04-30"),
             D("2026-05-01"), D("2026-09-01"), D("2026-09-02"), D("2026-11-24")]);
        days.ShouldAllBe(d => !d.IsWorkingDay && d.Reason!.En != null);

        var withWeekends = Calendar.Holidays(2025, includeWeekends: true);
        withWeekends.ShouldContain(d => d.Date == D("2025-01-04"));
        withWeekends.ShouldNotContain(d => d.Date == D("2025-04-26"));
    }

    [Fact]
    public void TheProvisional2027FileIsTheFallbackRules()
    {
        Calendar.Holidays(2027, includeWeekends: true).Select(d => (d.Date, d.Reason!.Vi))
            .ShouldBe(Calendar.Rules.Holidays(2027, includeWeekends: true).Select(d => (d.Date, d.Reason!.Vi)));
    }

    [Fact]
    public void The2026FileAndTheRulesGiveTheSameWeekdaysOff()
    {
        static IEnumerable<DateOnly> WeekdaysOff(IEnumerable<DayInfo> days) =>
            days.Select(d => d.Date).Where(d => d.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday));

        WeekdaysOff(Calendar.Holidays(2026)).ShouldBe(WeekdaysOff(Calendar.Rules.Holidays(2026)));
    }

    [Fact]
    public void YearsWithoutAFileFallBackToTheRules()
    {
        Calendar.Describe(D("2028-01-03")).Reason!.Vi.ShouldBe("Nghỉ bù Tết Dương lịch");
        Calendar.Describe(D("2024-02-14")).IsWorkingDay.ShouldBeFalse();
    }

    [Fact]
    public void CreateGivesAVietnamWorkingCalendar()
    {
        var calendar = VietnamCalendar.Create(VietnamCalendar.FindCalendarsFolder());

        calendar.TimeZone.ShouldBe(WorkingCalendar.VietnamTimeZone);
        calendar.Describe(D("2025-04-26")).IsWorkingDay.ShouldBeTrue();
    }
}
