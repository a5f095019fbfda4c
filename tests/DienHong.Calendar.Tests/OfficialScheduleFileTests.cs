using System.Globalization;
using static DienHong.Calendar.Tests.Dates;

namespace DienHong.Calendar.Tests;

public class OfficialScheduleFileTests
{
    // Tết 2030 is Saturday 2 February.
    private const string Valid2030 = """
        {
          "year": 2030,
          "provisional": false,
          "source": "test",
          "daysOff": [
            { "date": "2030-02-01", "reason": { "vi": "Nghỉ Tết", "en": "Tết" } },
            { "date": "2030-02-02", "reason": { "vi": "Nghỉ Tết", "en": "Tết" } },
            { "date": "2030-02-05", "reason": { "vi": "Nghỉ Tết" } }
          ],
          "workingDays": [ { "date": "2030-01-26", "reason": { "vi": "Làm bù", "en": "Swapped working day" } } ]
        }
        """;

    [Fact]
    public void AFileDefinesItsYearOverTheRules()
    {
        using var folder = new TempFolder();
        folder.Write("vn-2030.json", Valid2030);
        var calendar = VietnamCalendar.Load(folder.Path);

        calendar.Describe(D("2030-02-05")).Reason.ShouldBe(new LocalizedText("Nghỉ Tết"));
        calendar.Describe(D("2030-01-26")).IsWorkingDay.ShouldBeTrue();

        // Not in the file: the rules' Tết days and compensatory days do not apply...
        calendar.Describe(D("2030-02-04")).IsWorkingDay.ShouldBeTrue();
        calendar.Rules.Describe(D("2030-02-04")).IsWorkingDay.ShouldBeFalse();

        // ...but the fixed one-day holidays do, and other years still use the rules.
        calendar.Describe(D("2030-04-12")).Reason.ShouldBe(VietnamHolidayNames.HungKings);
        calendar.Describe(D("2031-01-01")).Reason.ShouldBe(VietnamHolidayNames.NewYearsDay);
    }

    [Theory]
    [InlineData("{ \"year\": 2030, ", "malformed JSON at line 1, column 17")]
    [InlineData("", "the file is empty")]
    [InlineData("[ 2030 ]", "the file must hold a JSON object")]
    [InlineData("{ \"year\": \"2030\" }", "line 1: 'year' has the wrong type")]
    [InlineData("{ \"year\": 2030,\n  \"daysOff\": [ { \"date\": 20300202 } ] }", "line 2: 'daysOff[0].date' has the wrong type")]
    [InlineData("{ \"year\": 2030,\n  \"year\": 2031 }", "line 2: the key 'year' appears twice")]
    [InlineData("{ \"year\": 2031, \"daysOff\": [] }", "the file name says 2030")]
    [InlineData("{ \"daysOff\": [] }", "\"year\" is missing")]
    [InlineData("null", "\"year\" is missing")]
    [InlineData("{ \"year\": 2030, \"dayOff\": [] }", "line 1: unknown property 'dayOff'")]
    [InlineData("{ \"year\": 2030, \"daysOff\": [ { \"date\": \"2/2/2030\", \"reason\": { \"vi\": \"x\" } } ] }", "not a date written yyyy-MM-dd")]
    [InlineData("{ \"year\": 2030, \"daysOff\": [ { \"date\": \"2030-02-30\", \"reason\": { \"vi\": \"x\" } } ] }", "\"2030-02-30\" is not a date written yyyy-MM-dd")]
    [InlineData("{ \"year\": 2030, \"daysOff\": [ null ] }", "\"daysOff\"[0] is null")]
    [InlineData("{ \"year\": 2030, \"daysOff\": [ { \"date\": \"2031-02-02\", \"reason\": { \"vi\": \"x\" } } ] }", "is not in 2030")]
    [InlineData("{ \"year\": 2030, \"daysOff\": [ { \"date\": \"2030-02-02\" } ] }", "needs a \"reason\"")]
    [InlineData("{ \"year\": 2030, \"daysOff\": [ { \"date\": \"2030-02-02\", \"reason\": { \"vi\": \"x\" } }, { \"date\": \"2030-02-02\", \"reason\": { \"vi\": \"x\" } } ] }", "listed twice")]
    [InlineData("{ \"year\": 2030, \"daysOff\": [ { \"date\": \"2030-02-02\", \"reason\": { \"vi\": \"x\" } } ], \"workingDays\": [ { \"date\": \"2030-02-02\", \"reason\": { \"vi\": \"x\" } } ] }", "both in")]
    [InlineData("{ \"year\": 2030, \"daysOff\": [ { \"date\": \"2030-02-01\", \"reason\": { \"vi\": \"x\" } } ] }", "must list the Tết span, including Tết itself (2030-02-02)")]
    public void AMalformedFileBreaksItsOwnYearOnlyWithAnErrorNamingTheFile(string json, string problem)
    {
        using var folder = new TempFolder();
        var path = folder.Write("vn-2030.json", json);
        folder.Write("vn-2031.json", Valid2030.Replace("2030", "2031", StringComparison.Ordinal).Replace("2031-02-02", "2031-01-23", StringComparison.Ordinal));

        var calendar = VietnamCalendar.Load(folder.Path);

        var error = calendar.Problems.ShouldHaveSingleItem();
        error.Message.ShouldContain("vn-2030.json");
        error.Message.ShouldContain(problem);
        error.FilePath.ShouldBe(path);
        Should.Throw<CalendarFileException>(() => calendar.Describe(D("2030-06-03"))).ShouldBeSameAs(error);
        Should.Throw<CalendarFileException>(() => calendar.Holidays(2030)).ShouldBeSameAs(error);
        calendar.OfficialYears.Keys.ShouldBe([2031]);
        calendar.Describe(D("2031-06-03")).IsWorkingDay.ShouldBeTrue();
        calendar.Describe(D("2029-01-01")).IsWorkingDay.ShouldBeFalse();
    }

    [Fact]
    public void AProblemIsToldInTheCurrentUiLanguage()
    {
        using var folder = new TempFolder();
        folder.Write("vn-2030.json", "{ \"year\": 2031, \"daysOff\": [] }");
        var before = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("vi");
        try
        {
            VietnamCalendar.Load(folder.Path).Problems.ShouldHaveSingleItem().Message.ShouldBe(
                $"Tệp lịch '{Path.Combine(folder.Path, "vn-2030.json")}': \"year\" là 2031 nhưng tên tệp ghi năm 2030");
        }
        finally
        {
            CultureInfo.CurrentUICulture = before;
        }
    }

    [Fact]
    public void AFolderNamedLikeAYearFileBreaksThatYear()
    {
        using var folder = new TempFolder();
        Directory.CreateDirectory(Path.Combine(folder.Path, "vn-2030.json"));

        var calendar = VietnamCalendar.Load(folder.Path);

        Should.Throw<CalendarFileException>(() => calendar.Describe(D("2030-01-01"))).Message.ShouldContain("is a folder, not a file");
    }

    [Fact]
    public void AFileWhoseNameHasNoYearIsAProblemThatBreaksNoYear()
    {
        using var folder = new TempFolder();
        folder.Write("vn-next.json", Valid2030);

        var calendar = VietnamCalendar.Load(folder.Path);

        calendar.Problems.ShouldHaveSingleItem().Message.ShouldContain("vn-next.json");
        calendar.Describe(D("2030-06-03")).IsWorkingDay.ShouldBeTrue();
    }

    [Fact]
    public void AMissingFolderOrAFileInsteadOfAFolderIsAnError()
    {
        using var folder = new TempFolder();
        var file = folder.Write("vn-2030.json", Valid2030);

        Should.Throw<CalendarFileException>(() => VietnamCalendar.Load(Path.Combine(folder.Path, "none"))).Message.ShouldContain("does not exist");
        Should.Throw<CalendarFileException>(() => VietnamCalendar.Load(file)).Message.ShouldContain("is a file, not a folder");
    }

    [Fact]
    public void ParseReadsTheDocumentedFields()
    {
        var schedule = OfficialYearSchedule.Parse(Valid2030, "vn-2030.json");

        schedule.Year.ShouldBe(2030);
        schedule.Provisional.ShouldBeFalse();
        schedule.Source.ShouldBe("test");
        schedule.DaysOff.Count.ShouldBe(3);
        schedule.DaysOff[2].Reason!.En.ShouldBeNull();
        schedule.WorkingDays.ShouldHaveSingleItem().IsWorkingDay.ShouldBeTrue();
    }
}
