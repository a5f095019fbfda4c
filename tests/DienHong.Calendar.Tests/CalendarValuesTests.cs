using static DienHong.Calendar.Tests.Dates;

namespace DienHong.Calendar.Tests;

/// <summary>The small values the calendar hands out: durations, texts, days, errors, lunar dates.</summary>
public sealed class CalendarValuesTests
{
    [Theory]
    [InlineData(DurationKind.WorkingDays, "workingDays")]
    [InlineData(DurationKind.Days, "days")]
    [InlineData(DurationKind.ConsecutiveDays, "consecutiveDays")]
    [InlineData(DurationKind.Hours, "hours")]
    public void EachDurationKindHasItsJsonName(DurationKind kind, string name)
    {
        Duration.PropertyName(kind).ShouldBe(name);
        Duration.TryParseKind(name, out var parsed).ShouldBeTrue();
        parsed.ShouldBe(kind);
        new Duration(kind, 5).ToString().ShouldBe($"{{ \"{name}\": 5 }}");
    }

    [Theory]
    [InlineData("WorkingDays")]
    [InlineData("weeks")]
    [InlineData("")]
    public void AnUnknownDurationNameIsNotAKind(string name)
    {
        Duration.TryParseKind(name, out var kind).ShouldBeFalse();
        kind.ShouldBe(default);
        Should.Throw<ArgumentOutOfRangeException>(() => Duration.PropertyName((DurationKind)99));
    }

    [Fact]
    public void TheDurationFactoriesSetKindAndAmount()
    {
        Duration.WorkingDays(5).ShouldBe(new Duration(DurationKind.WorkingDays, 5));
        Duration.Days(3).ShouldBe(new Duration(DurationKind.Days, 3));
        Duration.ConsecutiveDays(30).ShouldBe(new Duration(DurationKind.ConsecutiveDays, 30));
        Duration.Hours(48).ShouldBe(new Duration(DurationKind.Hours, 48));
    }

    [Theory]
    [InlineData("en", "Saturday")]
    [InlineData("en-US", "Saturday")]
    [InlineData("EN", "Saturday")]
    [InlineData("vi", "Thứ Bảy")]
    [InlineData("fr", "Thứ Bảy")]
    [InlineData(null, "Thứ Bảy")]
    public void ATextIsVietnameseUnlessEnglishIsAskedFor(string? language, string expected)
    {
        WeekdayDaySource.Saturday.For(language).ShouldBe(expected);
    }

    [Theory]
    [InlineData("2026-01-01", "Tết Dương lịch", "New Year's Day")]
    [InlineData("2026-02-17", "Tết Nguyên đán", "Lunar New Year (Tết)")]
    [InlineData("2026-04-26", "Giỗ Tổ Hùng Vương", "Hung Kings' Commemoration")]
    [InlineData("2026-04-30", "Ngày Chiến thắng", "Reunification Day")]
    [InlineData("2026-05-01", "Ngày Quốc tế lao động", "International Labour Day")]
    [InlineData("2026-09-01", "Quốc khánh (ngày liền kề)", "National Day (adjacent day)")]
    [InlineData("2026-09-02", "Quốc khánh", "National Day")]
    [InlineData("2026-11-24", "Ngày Văn hóa Việt Nam", "Vietnamese Culture Day")]
    [InlineData("2026-01-03", "Thứ Bảy", "Saturday")]
    [InlineData("2026-01-04", "Chủ nhật", "Sunday")]
    public void EveryDayOffExplainsItselfInBothLanguages(string date, string vi, string en)
    {
        var reason = new VietnamHolidayRules().Describe(D(date)).Reason!;

        reason.For("vi").ShouldBe(vi);
        reason.For("en").ShouldBe(en);
    }

    [Fact]
    public void AnEnglishRequestFallsBackToVietnamese()
    {
        var text = new LocalizedText("Nghỉ Tết");

        text.For("en").ShouldBe("Nghỉ Tết");
        text.ToString().ShouldBe("Nghỉ Tết");
        VietnamHolidayNames.Compensatory(text).ShouldBe(new LocalizedText("Nghỉ bù Nghỉ Tết", "Compensatory day for Nghỉ Tết"));
    }

    [Fact]
    public void DayInfoSaysWhetherTheDayIsWorked()
    {
        DayInfo.Working(D("2026-03-02")).ShouldBe(new DayInfo(D("2026-03-02"), true, null));
        DayInfo.Off(D("2026-03-07"), WeekdayDaySource.Saturday).ShouldBe(new DayInfo(D("2026-03-07"), false, WeekdayDaySource.Saturday));
    }

    [Fact]
    public void ACalendarFileErrorNamesTheFileAndTheProblem()
    {
        var inner = new IOException("disk");
        var error = new CalendarFileException("vn-2030.json", "is broken.", inner);

        error.Message.ShouldBe("Calendar file 'vn-2030.json': is broken.");
        error.FilePath.ShouldBe("vn-2030.json");
        error.Problem.ShouldBe("is broken.");
        error.InnerException.ShouldBe(inner);
        new CalendarFileException("plain").FilePath.ShouldBeNull();
        new CalendarFileException("plain", inner).InnerException.ShouldBe(inner);
    }
}
