using System.Globalization;
using System.Net;
using DienHong.Web.Application.Administration;
using DienHong.Workflows.Organization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;

namespace DienHong.Server.Tests;

/// <summary>
/// Substitutions recorded through the API: HR (E0104) records that deputy E0103 acts for the head E0101 from today,
/// and the head's task is offered to E0103 at once, as for a substitution of the organisation file; ending it early
/// gives the task back. A record another node wrote is followed after a refresh, without a restart.
/// </summary>
public sealed class ApiSubstitutionTests(CaseServer cases) : IClassFixture<CaseServer>
{
    private static DateOnly Today => AssigneeResolver.LocalDay(DateTimeOffset.UtcNow);

    private HttpClient Hr => cases.Client("e0104");

    [Fact]
    public async Task A_recorded_substitution_offers_the_absent_heads_task_to_the_substitute_until_it_is_ended()
    {
        var started = await Hr.PostJsonAsync("/api/v1/instances", Api.SalaryCase("E0105")).JsonAsync(HttpStatusCode.Created);
        var prepare = started.GetProperty("openTasks")[0].String("id");
        var submitted = await Hr.PostJsonAsync($"/api/v1/tasks/{prepare}/complete", new { outcome = "Submitted" }).JsonAsync();
        var decide = submitted.GetProperty("openTasks").EnumerateArray().Single().String("id");
        var deputy = await cases.Server.BearerAsync("e0103");
        (await InboxAsync(deputy)).ShouldNotContain(decide);

        var recorded = await Hr.PostJsonAsync("/api/v1/organisation/substitutions", Body("E0101", "E0103", Today, Today.AddDays(7))).JsonAsync();
        var id = recorded.String("id");
        recorded.GetProperty("absent").String("id").ShouldBe("E0101");
        recorded.GetProperty("substitute").String("id").ShouldBe("E0103");

        (await InboxAsync(deputy)).ShouldContain(decide);
        var me = await deputy.GetAsync("/api/v1/me").JsonAsync();
        me.GetProperty("agencies").EnumerateArray().Single(a => a.String("id") == "van-phong").GetProperty("acting").EnumerateArray()
            .ShouldContain(a => a.String("role") == "head" && a.String("forPersonId") == "E0101");
        var listed = await Hr.GetAsync("/api/v1/organisation/substitutions?agency=van-phong").JsonAsync();
        listed.EnumerateArray().ShouldContain(s => s.GetProperty("id").GetString() == id);

        // Begun today, it is removed when ended: the head is back and the deputy no longer sees the task.
        await cases.Client("e0101").DeleteAsync($"/api/v1/organisation/substitutions/{id}").JsonAsync();
        (await InboxAsync(deputy)).ShouldNotContain(decide);
        (await Hr.GetAsync("/api/v1/organisation/substitutions?agency=van-phong").JsonAsync()).EnumerateArray()
            .ShouldNotContain(s => s.GetProperty("id").GetString() == id);
        await Hr.DeleteAsync($"/api/v1/organisation/substitutions/{id}").ProblemAsync(HttpStatusCode.NotFound, "substitution.not-found");
    }

    [Fact]
    public async Task A_substitution_another_node_recorded_is_followed_after_a_refresh()
    {
        var services = cases.Server.Services;
        var contexts = services.GetRequiredService<IDbContextFactory<AdministrationDbContext>>();
        await using (var db = await contexts.CreateDbContextAsync())
        {
            db.Substitutions.Add(new RecordedSubstitution
            {
                Id = "othernode0000000000000000000001",
                Agency = "van-phong",
                PersonId = "E0106",
                SubstituteId = "E0107",
                From = Today,
                To = Today.AddDays(3),
                Reason = null,
                RecordedBy = "E0104",
                RecordedAt = DateTimeOffset.UtcNow,
            });
            await db.SaveChangesAsync();
        }

        // Nothing this node did applied the row: the refresh (the refresher's, every 2 s, or this one) reads it.
        await services.GetRequiredService<AdministrationRecords>().RefreshAsync();
        var clerk = await cases.Server.BearerAsync("e0107");
        Acting(await clerk.GetAsync("/api/v1/me").JsonAsync()).ShouldContain("accountant");
    }

    [Theory]
    [InlineData("e0110", "E0106", "E0107", 0, 1, HttpStatusCode.Forbidden, "substitution.recorder")]
    [InlineData("e0204", "E0106", "E0107", 0, 1, HttpStatusCode.Forbidden, "agency.not-visible")]
    [InlineData("e0104", "E9999", "E0107", 0, 1, HttpStatusCode.BadRequest, "substitution.person-unknown")]
    [InlineData("e0104", "E0106", "E9999", 0, 1, HttpStatusCode.BadRequest, "substitution.person-unknown")]
    [InlineData("e0104", "E0106", "E0106", 0, 1, HttpStatusCode.BadRequest, "substitution.self")]
    [InlineData("e0104", "E0106", "E0204", 0, 1, HttpStatusCode.BadRequest, "substitution.other-agency")]
    [InlineData("e0104", "E0106", "E0107", 5, 2, HttpStatusCode.BadRequest, "substitution.reversed")]
    [InlineData("e0104", "E0106", "E0107", -9, -2, HttpStatusCode.BadRequest, "substitution.past")]
    public async Task A_substitution_that_cannot_be_recorded_is_refused_with_its_code(string account, string person, string substitute, int from, int to, HttpStatusCode status, string code)
    {
        var problem = await cases.Client(account).PostJsonAsync("/api/v1/organisation/substitutions", Body(person, substitute, Today.AddDays(from), Today.AddDays(to)))
            .ProblemAsync(status, code);
        problem.String("detail").Length.ShouldBeGreaterThan(0);
    }

    [Fact]
    public async Task Overlapping_days_missing_dates_and_a_malformed_date_are_refused()
    {
        var first = Today.AddDays(30);
        await Hr.PostJsonAsync("/api/v1/organisation/substitutions", Body("E0109", "E0105", first, first.AddDays(4))).JsonAsync();
        (await Hr.PostJsonAsync("/api/v1/organisation/substitutions", Body("E0109", "E0107", first.AddDays(4), first.AddDays(9)))
            .ProblemAsync(HttpStatusCode.Conflict, "substitution.overlap")).String("detail").ShouldContain("E0109");
        await Hr.PostJsonAsync("/api/v1/organisation/substitutions", new { agency = "van-phong", personId = "E0109", substituteId = "E0105" })
            .ProblemAsync(HttpStatusCode.BadRequest, "substitution.dates-required");
        await Hr.PostRawAsync("/api/v1/organisation/substitutions", """{"agency": "van-phong", "personId": "E0109", "substituteId": "E0105", "from": "01/02/2027", "to": "2027-02-03"}""")
            .ProblemAsync(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Ending_is_for_the_agencys_head_or_hr_and_hidden_from_other_agencies()
    {
        var first = Today.AddDays(60);
        var id = (await Hr.PostJsonAsync("/api/v1/organisation/substitutions", Body("E0108", "E0105", first, first.AddDays(2))).JsonAsync()).String("id");
        await cases.Client("e0110").DeleteAsync($"/api/v1/organisation/substitutions/{id}").ProblemAsync(HttpStatusCode.Forbidden, "substitution.recorder");
        await cases.Client("e0204").DeleteAsync($"/api/v1/organisation/substitutions/{id}").ProblemAsync(HttpStatusCode.NotFound, "substitution.not-found");
        await cases.Client("system-admin").DeleteAsync($"/api/v1/organisation/substitutions/{id}").ProblemAsync(HttpStatusCode.Forbidden, "account.no-person");
    }

    private static object Body(string person, string substitute, DateOnly from, DateOnly to) => new
    {
        agency = "van-phong",
        personId = person,
        substituteId = substitute,
        from = from.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        to = to.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        reason = "Đi công tác",
    };

    private static async Task<List<string>> InboxAsync(HttpClient client) =>
        [.. (await client.GetAsync("/api/v1/tasks?scope=Groups&pageSize=100").JsonAsync()).GetProperty("items").EnumerateArray().Select(t => t.String("id"))];

    private static List<string> Acting(System.Text.Json.JsonElement me) =>
        [.. me.GetProperty("agencies").EnumerateArray().Single(a => a.String("id") == "van-phong").GetProperty("acting").EnumerateArray().Select(a => a.String("role"))];
}
