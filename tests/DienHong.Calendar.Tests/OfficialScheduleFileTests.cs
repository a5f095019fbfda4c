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
    [InlineData("{ \"year\": 2030, ", "is not valid schedule JSON")]
    [InlineData("{ \"year\": 2031, \"daysOff\": [] }", "the file name says 2030")]
    [InlineData("{ \"daysOff\": [] }", "\"year\" is missing")]
    [InlineData("{ \"year\": 2030, \"dayOff\": [] }", "is not valid schedule JSON")]
    [InlineData("{ \"year\": 2030, \"daysOff\": [ { \"date\": \"2/2/2030\", \"reason\": { \"vi\": \"x\" } } ] }", "not a date written yyyy-MM-dd")]
    [InlineData("{ \"year\": 2030, \"daysOff\": [ { \"date\": \"2031-02-02\", \"reason\": { \"vi\": \"x\" } } ] }", "is not in 2030")]
    [InlineData("{ \"year\": 2030, \"daysOff\": [ { \"date\": \"2030-02-02\" } ] }", "needs a \"reason\"")]
    [InlineData("{ \"year\": 2030, \"daysOff\": [ { \"date\": \"2030-02-02\", \"reason\": { \"vi\": \"x\" } }, { \"date\": \"2030-02-02\", \"reason\": { \"vi\": \"x\" } } ] }", "listed twice")]
    [InlineData("{ \"year\": 2030, \"daysOff\": [ { \"date\": \"2030-02-02\", \"reason\": { \"vi\": \"x\" } } ], \"workingDays\": [ { \"date\": \"2030-02-02\", \"reason\": { \"vi\": \"x\" } } ] }", "both in")]
    [InlineData("{ \"year\": 2030, \"daysOff\": [ { \"date\": \"2030-02-01\", \"reason\": { \"vi\": \"x\" } } ] }", "must list the Tết span, including Tết itself (2030-02-02)")]
    public void AMalformedFileIsAnErrorNamingTheFile(string json, string problem)
    {
        using var folder = new TempFolder();
        var path = folder.Write("vn-2030.json", json);

        var error = Should.Throw<CalendarFileException>(() => VietnamCalendar.Load(folder.Path));

        error.Message.ShouldContain("vn-2030.json");
        error.Message.ShouldContain(problem);
        error.FilePath.ShouldBe(path);
    }

    [Fact]
    public void AFileWhoseNameHasNoYearIsAnError()
    {
        using var folder = new TempFolder();
        folder.Write("vn-next.json", Valid2030);

        Should.Throw<CalendarFileException>(() => VietnamCalendar.Load(folder.Path)).Message.ShouldContain("vn-next.json");
    }

    [Fact]
    public void AMissingFolderIsAnError()
    {
        Should.Throw<DirectoryNotFoundException>(() => VietnamCalendar.Load(Path.Combine(Path.GetTempPath(), "no-such-dienhong-calendars")));
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
