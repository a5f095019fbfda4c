using Shouldly;

namespace DienHong.Cli.Tests;

public sealed class CalendarCommandTests
{
    [Fact]
    public async Task Five_working_days_from_1_February_2027_skip_Tet()
    {
        var run = await Cli.RunAsync("calendar", "add", "2027-02-01", "5", "--working-days", "--json");

        run.Exit.ShouldBe(0, run.Error);
        var json = run.Json();
        json.GetProperty("start").GetString().ShouldBe("2027-02-01");
        json.GetProperty("result").GetString().ShouldBe("2027-02-15");
        json.GetProperty("explain").EnumerateArray().ShouldContain(e => e.GetString()!.StartsWith("2027-02-05", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Calendar_days_roll_forward_out_of_Tet()
    {
        var run = await Cli.RunAsync("calendar", "add", "2027-02-01", "7", "--days", "--explain");

        run.Exit.ShouldBe(0, run.Error);
        run.Out.ShouldStartWith("2027-02-12");
        run.Out.ShouldContain("moved to 2027-02-12");
    }

    [Fact]
    public async Task A_count_needs_exactly_one_kind()
    {
        (await Cli.RunAsync("calendar", "add", "2027-02-01", "5")).Exit.ShouldBe(2);
        (await Cli.RunAsync("calendar", "add", "2027-02-01", "5", "--days", "--working-days")).Exit.ShouldBe(2);
    }

    [Fact]
    public async Task Holidays_list_the_days_off_with_their_reason()
    {
        var run = await Cli.RunAsync("calendar", "holidays", "2027", "--json");

        run.Exit.ShouldBe(0, run.Error);
        var days = run.Json().EnumerateArray().ToList();
        days.ShouldContain(d => d.GetProperty("date").GetString() == "2027-02-05" && d.GetProperty("reason").GetString() == "Lunar New Year (Tết)");
        days.ShouldContain(d => d.GetProperty("date").GetString() == "2027-09-02");
    }

    [Fact]
    public async Task A_provisional_year_is_marked_in_text_and_json()
    {
        // workflows/calendars/vn-2027.json is marked provisional; vn-2026.json is not.
        var text = await Cli.RunAsync("calendar", "holidays", "2027");
        var vi = await Cli.RunViAsync("calendar", "holidays", "2027");
        var json = await Cli.RunAsync("calendar", "holidays", "2027", "--json");
        var confirmed = await Cli.RunAsync("calendar", "holidays", "2026", "--json");

        text.Out.ShouldContain("2027-02-05  Lunar New Year (Tết) (provisional)");
        vi.Out.ShouldContain("(dự kiến)");
        json.Json().EnumerateArray().ShouldAllBe(d => d.GetProperty("provisional").GetBoolean());
        confirmed.Json().EnumerateArray().ShouldAllBe(d => !d.GetProperty("provisional").GetBoolean());
    }

    [Fact]
    public async Task A_bad_year_file_breaks_only_its_own_year()
    {
        using var temp = new TempFolder();
        var folder = Path.Combine(temp.Path, "calendars");
        Directory.CreateDirectory(folder);
        File.Copy(Path.Combine(Cli.Root, "workflows", "calendars", "vn-2026.json"), Path.Combine(folder, "vn-2026.json"));
        File.WriteAllText(Path.Combine(folder, "vn-2027.json"), "{ \"year\": 2027, ");

        var good = await Cli.RunAsync("calendar", "holidays", "2026", "--calendars", folder);
        var bad = await Cli.RunAsync("calendar", "holidays", "2027", "--calendars", folder);
        var before = await Cli.RunAsync("calendar", "add", "2026-04-01", "5", "--working-days", "--calendars", folder);
        var across = await Cli.RunAsync("calendar", "add", "2026-12-28", "5", "--working-days", "--calendars", folder);

        good.Exit.ShouldBe(0, good.Error);
        good.Out.ShouldContain("2026-02-16");
        bad.Exit.ShouldBe(2);
        bad.Error.ShouldStartWith($"Calendar file '{Path.Combine(folder, "vn-2027.json")}': is not a valid schedule: malformed JSON at line 1");
        before.Exit.ShouldBe(0, before.Error);
        across.Exit.ShouldBe(2);
        across.Error.ShouldContain("vn-2027.json");
    }

    [Fact]
    public async Task A_file_whose_year_is_unclear_is_a_warning()
    {
        using var temp = new TempFolder();
        temp.Write("vn-next.json", "{}");

        var run = await Cli.RunAsync("calendar", "add", "2027-02-01", "5", "--working-days", "--calendars", temp.Path);

        run.Exit.ShouldBe(0);
        run.Error.ShouldStartWith($"warning: Calendar file '{Path.Combine(temp.Path, "vn-next.json")}': is not named vn-YYYY.json");
    }
}
