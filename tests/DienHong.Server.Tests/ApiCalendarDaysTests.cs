using System.Globalization;
using System.Net;
using DienHong.Workflows.Organization;
using Shouldly;

namespace DienHong.Server.Tests;

/// <summary>
/// Days the Government announces, recorded by the system administrator: an extra day off shows in the year's days
/// off and moves the deadline of a task started afterwards; a compensatory working day is counted as worked; anyone
/// else, and a request without its date, kind or reasons, is refused with its code.
/// </summary>
public sealed class ApiCalendarDaysTests(CaseServer cases) : IClassFixture<CaseServer>
{
    private HttpClient Admin => cases.Client("system-admin");

    [Fact]
    public async Task An_added_day_off_is_listed_and_moves_the_deadline_of_a_task_started_afterwards()
    {
        var today = AssigneeResolver.LocalDay(DateTimeOffset.UtcNow);
        var before = await DueAsync(today);
        var skipped = before.GetProperty("skipped").EnumerateArray().Select(d => DateOnly.Parse(d.String("date"), CultureInfo.InvariantCulture)).ToHashSet();
        var dayOff = Enumerable.Range(1, 10).Select(today.AddDays).First(d => !skipped.Contains(d));

        var added = await Admin.PostJsonAsync("/api/v1/calendar/days", Day(dayOff, "dayOff")).JsonAsync();
        added.GetProperty("workingDay").GetBoolean().ShouldBeFalse();
        var year = await Admin.GetAsync($"/api/v1/calendar/holidays?year={dayOff.Year}").JsonAsync();
        year.GetProperty("days").EnumerateArray().Single(d => d.String("date") == Iso(dayOff)).GetProperty("reason").String("vi").ShouldBe("Nghỉ bù theo thông báo");

        var after = await DueAsync(today);
        DateOnly.Parse(after.String("lastDay"), CultureInfo.InvariantCulture).ShouldBeGreaterThan(DateOnly.Parse(before.String("lastDay"), CultureInfo.InvariantCulture));
        after.GetProperty("skipped").EnumerateArray().Select(d => d.String("date")).ShouldContain(Iso(dayOff));

        // hr-prepare is due in 5 working days: the engine counts the new day off too.
        var started = await cases.Client("e0104").PostJsonAsync("/api/v1/instances", Api.SalaryCase("E0107")).JsonAsync(HttpStatusCode.Created);
        started.GetProperty("openTasks")[0].GetProperty("dueAt").GetDateTimeOffset().ShouldBe(after.GetProperty("due").GetDateTimeOffset());
    }

    [Fact]
    public async Task A_compensatory_working_day_is_worked_and_a_second_announcement_replaces_the_first()
    {
        // Saturday 5 June 2027: a compensatory working day, then announced again as a day off.
        var saturday = new DateOnly(2027, 6, 5);
        (await Admin.PostJsonAsync("/api/v1/calendar/days", Day(saturday, "workingDay")).JsonAsync()).GetProperty("workingDay").GetBoolean().ShouldBeTrue();
        var due = await Admin.GetAsync("/api/v1/calendar/working-days?from=2027-06-04&days=1").JsonAsync();
        due.String("lastDay").ShouldBe("2027-06-05");

        (await Admin.PostJsonAsync("/api/v1/calendar/days", Day(saturday, "dayOff")).JsonAsync()).GetProperty("workingDay").GetBoolean().ShouldBeFalse();
        (await Admin.GetAsync("/api/v1/calendar/working-days?from=2027-06-04&days=1").JsonAsync()).String("lastDay").ShouldBe("2027-06-07");
    }

    [Theory]
    [InlineData("e0104", """{"date": "2027-06-09", "kind": "dayOff", "reason": {"vi": "Nghỉ", "en": "Off"}}""", HttpStatusCode.Forbidden, "calendar.admin-only")]
    [InlineData("workflow-admin", """{"date": "2027-06-09", "kind": "dayOff", "reason": {"vi": "Nghỉ", "en": "Off"}}""", HttpStatusCode.Forbidden, "calendar.admin-only")]
    [InlineData("system-admin", """{"kind": "dayOff", "reason": {"vi": "Nghỉ", "en": "Off"}}""", HttpStatusCode.BadRequest, "calendar.date")]
    [InlineData("system-admin", """{"date": "2027-06-09", "kind": "holiday", "reason": {"vi": "Nghỉ", "en": "Off"}}""", HttpStatusCode.BadRequest, "calendar.day-kind")]
    [InlineData("system-admin", """{"date": "2027-06-09", "kind": "dayOff", "reason": {"vi": "Nghỉ"}}""", HttpStatusCode.BadRequest, "calendar.reason")]
    [InlineData("system-admin", """{"date": "2027-06-09", "kind": "dayOff"}""", HttpStatusCode.BadRequest, "calendar.reason")]
    public async Task A_day_that_cannot_be_recorded_is_refused_with_its_code(string account, string body, HttpStatusCode status, string code)
    {
        (await cases.Client(account).PostRawAsync("/api/v1/calendar/days", body).ProblemAsync(status, code)).String("detail").Length.ShouldBeGreaterThan(0);
        (await Admin.GetAsync("/api/v1/calendar/holidays?year=2027").JsonAsync()).GetProperty("days").EnumerateArray().ShouldNotContain(d => d.String("date") == "2027-06-09");
    }

    [Fact]
    public async Task A_malformed_date_is_a_bad_request()
    {
        await Admin.PostRawAsync("/api/v1/calendar/days", """{"date": "09/06/2027", "kind": "dayOff", "reason": {"vi": "Nghỉ", "en": "Off"}}""").ProblemAsync(HttpStatusCode.BadRequest);
    }

    private Task<System.Text.Json.JsonElement> DueAsync(DateOnly from) => Admin.GetAsync($"/api/v1/calendar/working-days?from={Iso(from)}&days=5").JsonAsync();

    private static object Day(DateOnly date, string kind) => new { date = Iso(date), kind, reason = new { vi = "Nghỉ bù theo thông báo", en = "Compensatory day off as announced" } };

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
