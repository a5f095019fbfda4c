using static DienHong.Calendar.Tests.Dates;

namespace DienHong.Calendar.Tests;

/// <summary>Reading the calendars folder: which files count, which error comes first, what a file may contain.</summary>
public sealed class VietnamCalendarLoadTests
{
    private const string Tet2030 = """{ "date": "2030-02-02", "reason": { "vi": "Tết" } }""";

    [Fact]
    public void OnlyVnFilesAreRead()
    {
        using var folder = new TempFolder();
        folder.Write("README.md", "not a schedule");
        folder.Write("vn-2030.json", $$"""{ "year": 2030, "daysOff": [ {{Tet2030}} ] }""");

        VietnamCalendar.Load(folder.Path).OfficialYears.Keys.ShouldBe([2030]);
    }

    [Fact]
    public void BadFilesAreReportedInNameOrder()
    {
        using var folder = new TempFolder();
        folder.Write("vn-2031.json", "{");
        folder.Write("vn-2030.json", "{");

        var problems = VietnamCalendar.Load(folder.Path).Problems;

        problems.Select(p => Path.GetFileName(p.FilePath)).ShouldBe(["vn-2030.json", "vn-2031.json"]);
    }

    [Fact]
    public void AFileWhoseNameHasNoYearSaysWhatNameItNeeds()
    {
        using var folder = new TempFolder();
        folder.Write("vn-next.json", "{}");

        VietnamCalendar.Load(folder.Path).Problems.ShouldHaveSingleItem().Message.ShouldContain("is not named vn-YYYY.json");
    }

    [Fact]
    public void AMissingFolderIsNamed()
    {
        var missing = Path.Combine(Path.GetTempPath(), "no-such-dienhong-calendars");

        Should.Throw<CalendarFileException>(() => VietnamCalendar.Load(missing)).FilePath.ShouldBe(missing);
    }

    [Fact]
    public void TheRulesGivenAreTheOnesUsed()
    {
        var rules = new VietnamHolidayRules();

        new VietnamCalendar([], rules).Rules.ShouldBeSameAs(rules);
        new VietnamCalendar([]).Describe(D("2028-01-03")).Reason!.Vi.ShouldBe("Nghỉ bù Tết Dương lịch");
    }

    [Fact]
    public void CommentsTrailingCommasAndBlankEnglishAreAccepted()
    {
        var schedule = OfficialYearSchedule.Parse(
            """
            {
              // Provisional until the notice is out.
              "year": 2030,
              "daysOff": [ { "date": "2030-02-02", "reason": { "vi": "Tết", "en": "  " } }, ],
            }
            """,
            "vn-2030.json");

        schedule.DaysOff.ShouldHaveSingleItem().Reason.ShouldBe(new LocalizedText("Tết"));
    }

    [Theory]
    [InlineData(1800, "1800-01-25")]
    [InlineData(2199, "2199-01-27")]
    public void TheFirstAndLastSupportedYearsMayHaveAFile(int year, string tet)
    {
        var json = $$"""{ "year": {{year}}, "daysOff": [ { "date": "{{tet}}", "reason": { "vi": "Tết" } } ] }""";

        OfficialYearSchedule.Parse(json, $"vn-{year}.json").DaysOff.ShouldHaveSingleItem().Date.ShouldBe(D(tet));
    }

    [Theory]
    [InlineData("{ \"year\": 2030, \"daysOff\": [ null ] }", "\"daysOff\"[0] is null")]
    [InlineData("{ \"year\": 2030, \"daysOff\": [ TET ], \"workingDays\": [ { \"date\": \"2030-02-09\" } ] }", "\"workingDays\"[0] (2030-02-09) needs a \"reason\"")]
    [InlineData("{ \"year\": 1799, \"daysOff\": [] }", "\"year\" 1799 is outside 1800-2199")]
    [InlineData("{ \"year\": 2200, \"daysOff\": [] }", "\"year\" 2200 is outside 1800-2199")]
    public void AnEntryInErrorIsNamedByItsPlace(string json, string problem)
    {
        Should.Throw<CalendarFileException>(() => OfficialYearSchedule.Parse(json.Replace("TET", Tet2030, StringComparison.Ordinal), "schedule.json"))
            .Problem!.ShouldContain(problem);
    }
}
