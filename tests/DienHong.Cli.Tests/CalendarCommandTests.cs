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
}
