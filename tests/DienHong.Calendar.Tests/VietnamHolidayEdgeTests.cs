using static DienHong.Calendar.Tests.Dates;

namespace DienHong.Calendar.Tests;

/// <summary>The edges of the computed holidays: where a span, a rule or a replacement day starts and stops.</summary>
public sealed class VietnamHolidayEdgeTests
{
    private readonly VietnamHolidayRules rules = new();

    [Fact]
    public void CultureDayIsNotMadeUpBefore2026ButIsAfter()
    {
        // Sunday 24/11/2024 was no holiday, so Monday 25/11 was worked; Saturday 24/11/2029 is made up on Monday 26/11.
        rules.Describe(D("2024-11-25")).IsWorkingDay.ShouldBeTrue();
        rules.Holidays(2024).ShouldNotContain(d => d.Date.Month == 11);
        rules.Describe(D("2029-11-26")).Reason!.Vi.ShouldBe("Nghỉ bù Ngày Văn hóa Việt Nam");
        rules.Describe(D("2026-11-23")).IsWorkingDay.ShouldBeTrue();
        rules.Describe(D("2026-11-25")).IsWorkingDay.ShouldBeTrue();
    }

    [Fact]
    public void EveryTetSpanIsTheLastDayOfTheYearAndLunarFirstToFourth()
    {
        for (var year = 1801; year <= 2199; year++)
        {
            var tet = VietnameseLunarCalendar.NewYear(year);
            VietnameseLunarCalendar.LastDayOfYear(year - 1).ShouldBe(tet.AddDays(-1));
            for (var offset = -1; offset <= 3; offset++)
            {
                rules.Describe(tet.AddDays(offset)).Reason.ShouldBe(VietnamHolidayNames.LunarNewYear, $"{year} Tết {offset:+0;-0}");
            }

            rules.Describe(tet.AddDays(-2)).Reason.ShouldNotBe(VietnamHolidayNames.LunarNewYear, $"{year} two days before Tết");
            rules.Describe(tet.AddDays(4)).Reason.ShouldNotBe(VietnamHolidayNames.LunarNewYear, $"{year} lunar 5/1");
        }
    }

    [Fact]
    public void TwoHolidaysOnOneDayAreOneDayOffNamingBoth()
    {
        // Giỗ Tổ fell on 30/4 in 1947 (a Wednesday) and in 1803 (a Saturday, with 1/5 on the Sunday).
        var both = new LocalizedText("Giỗ Tổ Hùng Vương; Ngày Chiến thắng", "Hung Kings' Commemoration; Reunification Day");
        rules.Describe(D("1947-04-30")).Reason.ShouldBe(both);
        rules.Holidays(1947).Where(d => d.Date.Month is 4 or 5).Select(d => d.Date).ShouldBe([D("1947-04-30"), D("1947-05-01")]);

        rules.Holidays(1803).Where(d => d.Date.Month is 4 or 5).Select(d => (d.Date, d.Reason!.Vi)).ShouldBe(
            [(D("1803-04-30"), both.Vi), (D("1803-05-01"), "Ngày Quốc tế lao động"),
             (D("1803-05-02"), "Nghỉ bù " + both.Vi), (D("1803-05-03"), "Nghỉ bù Ngày Quốc tế lao động")]);
    }

    [Fact]
    public void AHolidayOnSaturdayIsMadeUpOnMonday()
    {
        // 1/5/2027 is a Saturday.
        rules.Describe(D("2027-05-03")).Reason!.Vi.ShouldBe("Nghỉ bù Ngày Quốc tế lao động");
        rules.Describe(D("2027-05-04")).IsWorkingDay.ShouldBeTrue();
        rules.Describe(D("2027-04-30")).Reason.ShouldBe(VietnamHolidayNames.VictoryDay);
    }

    [Fact]
    public void TwoOfficialSchedulesForOneYearAreRefused()
    {
        var schedule = OfficialYearSchedule.Parse(
            """{ "year": 2030, "daysOff": [ { "date": "2030-02-02", "reason": { "vi": "Tết" } } ] }""", "vn-2030.json");

        Should.Throw<ArgumentException>(() => new VietnamCalendar([schedule, schedule])).Message.ShouldContain("2030");
    }

    [Fact]
    public void AProvisionalFileIsNotConfirmedAndAnEmptyFolderMeansTheRules()
    {
        using var folder = new TempFolder();
        VietnamCalendar.Load(folder.Path).OfficialYears.ShouldBeEmpty();

        folder.Write("vn-2030.json", """{ "year": 2030, "provisional": true, "daysOff": [ { "date": "2030-02-02", "reason": { "vi": "Tết" } } ] }""");
        var calendar = VietnamCalendar.Load(folder.Path);
        calendar.IsConfirmed(2030).ShouldBeFalse();
        calendar.OfficialYears[2030].FilePath.ShouldBe(Path.Combine(folder.Path, "vn-2030.json"));
        calendar.Holidays(2030).Select(d => d.Date).ShouldContain(D("2030-02-02"));
        calendar.Holidays(2030).ShouldNotContain(d => d.Date == D("2030-02-03"));
        calendar.Holidays(2030, includeWeekends: true).ShouldContain(d => d.Date == D("2030-02-03") && d.Reason == WeekdayDaySource.Sunday);
    }

    [Fact]
    public void WithoutAWorkspaceOrACopyThereIsNoCalendarsFolder()
    {
        using var folder = new TempFolder();

        VietnamCalendar.FindCalendarsFolder(folder.Path).ShouldBeNull();

        var nested = Directory.CreateDirectory(Path.Combine(folder.Path, "workflows", "calendars", "deeper")).FullName;
        VietnamCalendar.FindCalendarsFolder(nested).ShouldBe(Path.Combine(folder.Path, "workflows", "calendars"));
    }
}
