using System.Net;
using Shouldly;

namespace DienHong.Server.Tests;

/// <summary>
/// The organisation and calendar API: people found by name without diacritics and paged, only in the person's own
/// agencies, an agency's roles; a year's days off and the deadline a duration gives; and each bad input refused
/// with its code. In the office (văn phòng) E0104 is HR; E0204 belongs to another agency.
/// </summary>
public sealed class ApiOrganisationCalendarTests(CaseServer cases) : IClassFixture<CaseServer>
{
    private HttpClient Hr => cases.Client("e0104");

    [Fact]
    public async Task People_are_found_by_name_ignoring_case_and_diacritics_and_paged()
    {
        var found = await Hr.GetAsync("/api/v1/organisation/people?agency=van-phong&q=THANH").JsonAsync();
        found.GetProperty("items").EnumerateArray().Select(p => p.String("id")).ShouldBe(["E0105", "E0101"], ignoreOrder: true);

        var first = await Hr.GetAsync("/api/v1/organisation/people?agency=van-phong&pageSize=4").JsonAsync();
        first.GetProperty("total").GetInt32().ShouldBe(10);
        var rest = await Hr.GetAsync($"/api/v1/organisation/people?agency=van-phong&pageSize=100&after={first.String("next")}").JsonAsync();
        first.GetProperty("items").EnumerateArray().Concat(rest.GetProperty("items").EnumerateArray()).Select(p => p.String("id")).Distinct().Count().ShouldBe(10);
    }

    [Fact]
    public async Task Another_agencys_people_and_roles_are_refused_and_a_missing_agency_is_named()
    {
        (await cases.Client("e0204").GetAsync("/api/v1/organisation/people?agency=van-phong").ProblemAsync(HttpStatusCode.Forbidden, "agency.not-visible")).String("detail").ShouldContain("van-phong");
        await cases.Client("e0204").GetAsync("/api/v1/organisation/roles?agency=van-phong").ProblemAsync(HttpStatusCode.Forbidden, "agency.not-visible");
        await Hr.GetAsync("/api/v1/organisation/roles").ProblemAsync(HttpStatusCode.BadRequest, "organisation.agency-required");
        await Hr.GetAsync("/api/v1/organisation/people?pageSize=0").ProblemAsync(HttpStatusCode.BadRequest, "paging.size");
        await Hr.GetAsync("/api/v1/organisation/people?after=x").ProblemAsync(HttpStatusCode.BadRequest, "paging.cursor");
        var everyone = await cases.Client("e0204").GetAsync("/api/v1/organisation/people?pageSize=100").JsonAsync();
        everyone.GetProperty("items").EnumerateArray().ShouldNotContain(p => p.String("agencyId") == "van-phong");
    }

    [Fact]
    public async Task An_agencys_roles_name_their_holders_and_my_agencies_my_roles()
    {
        var roles = await Hr.GetAsync("/api/v1/organisation/roles?agency=van-phong").JsonAsync();
        roles.EnumerateArray().Single(r => r.String("role") == "head").GetProperty("holders")[0].String("id").ShouldBe("E0101");

        var agencies = await Hr.GetAsync("/api/v1/organisation/agencies").JsonAsync();
        var office = agencies.EnumerateArray().Single(a => a.String("id") == "van-phong");
        office.GetProperty("roles").EnumerateArray().Select(r => r.GetString()).ShouldContain("hr");
    }

    [Fact]
    public async Task The_calendar_lists_a_years_days_off_and_counts_a_deadline_as_the_engine_does()
    {
        var year = await Hr.GetAsync("/api/v1/calendar/holidays?year=2026").JsonAsync();
        var days = year.GetProperty("days").EnumerateArray().ToList();
        days.ShouldContain(d => d.String("date") == "2026-04-30");
        days.ShouldAllBe(d => d.GetProperty("reason").String("vi").Length > 0);

        // Monday 1 March 2027 + 5 working days: the weekend of 6-7 March is skipped, the last day is Monday 8 March.
        var due = await Hr.GetAsync("/api/v1/calendar/working-days?from=2027-03-01&days=5").JsonAsync();
        due.String("lastDay").ShouldBe("2027-03-08");
        due.GetProperty("skipped").EnumerateArray().Select(d => d.String("date")).ShouldBe(["2027-03-06", "2027-03-07"]);
    }

    [Theory]
    [InlineData("/api/v1/calendar/holidays?year=1800", "calendar.year")]
    [InlineData("/api/v1/calendar/holidays", "calendar.year")]
    [InlineData("/api/v1/calendar/working-days?from=01/03/2027&days=5", "calendar.from")]
    [InlineData("/api/v1/calendar/working-days?from=2027-03-01&days=-1", "calendar.days")]
    [InlineData("/api/v1/calendar/working-days?from=2027-03-01&days=5&kind=hours", "calendar.kind")]
    public async Task A_bad_calendar_question_is_refused_with_its_code(string url, string code)
    {
        (await Hr.GetAsync(url).ProblemAsync(HttpStatusCode.BadRequest, code)).String("detail").Length.ShouldBeGreaterThan(0);
    }

    [Fact]
    public async Task A_year_that_is_not_a_number_is_a_bad_request()
    {
        await Hr.GetAsync("/api/v1/calendar/holidays?year=twenty").ProblemAsync(HttpStatusCode.BadRequest);
    }
}
