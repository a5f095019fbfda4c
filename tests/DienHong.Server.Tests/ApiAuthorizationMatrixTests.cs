using System.Net;
using System.Text.Json;
using Shouldly;

namespace DienHong.Server.Tests;

/// <summary>
/// The authorisation matrix: every endpoint of definitions, cases, tasks and disclosures × every role of the demo (staff, head,
/// union chair, HR, the organisation's workflow administrator), the two administration accounts, a person of another
/// agency and nobody. An allowed call is made with input that is then refused on its merits (a 400 or 409 with
/// the engine's or the service's code), so the matrix changes nothing; a refused one is 401, 403 or 404.
/// </summary>
public sealed class ApiAuthorizationMatrixTests(CaseServer cases) : IClassFixture<CaseServer>
{
    private const int Ok = 200, Bad = 400, NoAuth = 401, Denied = 403, Hidden = 404, Conflict = 409;

    /// <summary>The version of the catalog file the server publishes: it rises whenever the workflow changes.</summary>
    private static readonly int ShippedVersion = System.Text.Json.JsonDocument.Parse(File.ReadAllText(
        Path.Combine(AppContext.BaseDirectory, "catalog", "salary-step-regular.workflow.json"))).RootElement.GetProperty("version").GetInt32();

    private static readonly Dictionary<string, Func<CaseServer, HttpClient, Task<HttpResponseMessage>>> Endpoints = new()
    {
        ["definitions.list"] = (_, c) => c.GetAsync("/api/v1/definitions"),
        ["definitions.get"] = (_, c) => c.GetAsync($"/api/v1/definitions/salary-step-regular/{ShippedVersion}"),
        ["definitions.validate"] = (_, c) => c.PostRawAsync("/api/v1/definitions/validate", "{}"),
        ["definitions.import"] = (_, c) => c.PostRawAsync("/api/v1/definitions", "{"),
        ["definitions.publish"] = (_, c) => c.PostJsonAsync($"/api/v1/definitions/salary-step-regular/{ShippedVersion}/publish"),
        ["definitions.retire"] = (_, c) => c.PostJsonAsync("/api/v1/definitions/salary-step-regular/99/retire"),
        ["instances.start"] = (_, c) => c.PostJsonAsync("/api/v1/instances", new { workflow = "salary-step-regular", agency = "van-phong", input = new { employeId = "E0110" } }),
        ["instances.list"] = (_, c) => c.GetAsync("/api/v1/instances"),
        ["instances.get"] = (s, c) => c.GetAsync($"/api/v1/instances/{s.OpenCase}"),
        ["instances.cancel"] = (s, c) => c.PostJsonAsync($"/api/v1/instances/{s.CancelledCase}/cancel", new { reason = "again" }),
        ["instances.retry"] = (s, c) => c.PostJsonAsync($"/api/v1/instances/{s.OpenCase}/retry"),
        ["instances.journal"] = (s, c) => c.GetAsync($"/api/v1/instances/{s.OpenCase}/journal"),
        ["instances.verify"] = (s, c) => c.GetAsync($"/api/v1/instances/{s.OpenCase}/journal/verify"),
        ["tasks.inbox"] = (_, c) => c.GetAsync("/api/v1/tasks"),
        ["tasks.claim"] = (s, c) => c.PostJsonAsync($"/api/v1/tasks/{s.ClaimedTask}/claim"),
        ["tasks.complete"] = (s, c) => c.PostJsonAsync($"/api/v1/tasks/{s.ClaimedTask}/complete", new { outcome = "Nope" }),
        ["tasks.delegate"] = (s, c) => c.PostJsonAsync($"/api/v1/tasks/{s.ClaimedTask}/delegate", new { to = "NOBODY" }),
        ["tasks.reassign"] = (s, c) => c.PostJsonAsync($"/api/v1/tasks/{s.ClaimedTask}/reassign", new { to = "role:nobody" }),
        ["consultations.list"] = (_, c) => c.GetAsync("/api/v1/consultations"),
        ["consultations.get"] = (s, c) => c.GetAsync($"/api/v1/consultations/{s.Voices.Anonymous}"),
        ["consultations.opine"] = (s, c) => c.PostJsonAsync($"/api/v1/consultations/{s.Voices.Anonymous}/opinions", new { text = " " }),
        ["consultations.summary"] = (s, c) => c.GetAsync($"/api/v1/consultations/{s.Voices.Anonymous}/summary"),
        ["votes.list"] = (_, c) => c.GetAsync("/api/v1/votes"),
        ["votes.get"] = (s, c) => c.GetAsync($"/api/v1/votes/{s.Voices.Ballot}"),
        ["votes.cast"] = (s, c) => c.PostJsonAsync($"/api/v1/votes/{s.Voices.Ballot}/ballots", new { choices = Api.Choices(("E0105", "maybe"), ("E0106", "yes")) }),
        ["votes.result"] = (s, c) => c.GetAsync($"/api/v1/votes/{s.Voices.Ballot}/result"),
        ["reports.read"] = (_, c) => c.GetAsync("/api/v1/reports?agency=van-phong"),
        ["reports.export"] = (_, c) => c.GetAsync("/api/v1/reports/export.xlsx?agency=van-phong"),
        ["launch.options"] = (_, c) => c.GetAsync("/api/v1/launch"),
        ["organisation.agencies"] = (_, c) => c.GetAsync("/api/v1/organisation/agencies"),
        ["organisation.people"] = (_, c) => c.GetAsync("/api/v1/organisation/people?agency=van-phong&q=nguyen"),
        ["organisation.roles"] = (_, c) => c.GetAsync("/api/v1/organisation/roles?agency=van-phong"),
        ["organisation.substitutions"] = (_, c) => c.GetAsync("/api/v1/organisation/substitutions?agency=van-phong"),
        ["calendar.holidays"] = (_, c) => c.GetAsync("/api/v1/calendar/holidays?year=2027"),
        ["calendar.working-days"] = (_, c) => c.GetAsync("/api/v1/calendar/working-days?from=2027-03-01&days=5"),
        ["attachments.upload"] = (_, c) => c.UploadAsync("ghi-chu.txt", "%PDF-1.7"u8.ToArray()),
        ["attachments.get"] = async (s, c) => await c.GetAsync($"/api/v1/attachments/{await MatrixAttachment.OfAsync(s)}"),
        ["attachments.case"] = (s, c) => c.GetAsync($"/api/v1/instances/{s.OpenCase}/attachments"),
        ["disclosures.list"] = (_, c) => c.GetAsync("/api/v1/disclosures"),
        ["disclosures.get"] = async (s, c) => await c.GetAsync($"/api/v1/disclosures/{await s.DisclosureAsync()}"),
        ["disclosures.object"] = async (s, c) => await c.PostJsonAsync($"/api/v1/disclosures/{await s.DisclosureAsync()}/objections", new { text = " " }),
        ["disclosures.reply"] = async (s, c) => await c.PostJsonAsync($"/api/v1/disclosures/{await s.DisclosureAsync()}/objections/1/reply", new { outcome = "Dismissed", text = " " }),
        ["designer.history"] = (_, c) => c.GetAsync("/api/v1/definitions/salary-step-regular/history"),
        ["designer.diff"] = (_, c) => c.GetAsync($"/api/v1/definitions/salary-step-regular/diff?from={ShippedVersion}&to={ShippedVersion}"),
        ["designer.revert"] = (_, c) => c.PostJsonAsync("/api/v1/definitions/salary-step-regular/99/revert"),
        ["designer.export"] = (_, c) => c.GetAsync($"/api/v1/definitions/salary-step-regular/{ShippedVersion}/export"),
        ["definitions.dry-run"] = (_, c) => c.PostJsonAsync("/api/v1/definitions/dry-run", new { definition = new { }, scenario = "{}" }),
        ["organisation.substitutions.record"] = (_, c) => c.PostJsonAsync("/api/v1/organisation/substitutions", new { agency = "van-phong", personId = "E0109", substituteId = "E0109", from = "2030-01-07", to = "2030-01-11" }),
        ["organisation.substitutions.end"] = async (s, c) => await c.DeleteAsync($"/api/v1/organisation/substitutions/{await MatrixSubstitution.OfAsync(s)}"),
        ["calendar.days"] = (_, c) => c.PostJsonAsync("/api/v1/calendar/days", new { date = "2030-06-10", kind = "nope", reason = new { vi = "Nghỉ", en = "Off" } }),
    };

    /// <summary>
    /// Expected statuses, one column per account of <see cref="CaseServer.Accounts"/>: anonymous, staff (E0110), head
    /// (E0101), union chair (E0102), HR (E0104), workflow administrator of the district (E0108), the application's
    /// workflow-admin and system-admin, and a person of another agency (E0204).
    /// </summary>
    private static readonly Dictionary<string, int[]> Expected = new()
    {
        ["definitions.list"] = [NoAuth, Ok, Ok, Ok, Ok, Ok, Ok, Ok, Ok],
        ["definitions.get"] = [NoAuth, Ok, Ok, Ok, Ok, Ok, Ok, Ok, Ok],
        ["definitions.validate"] = [NoAuth, Denied, Denied, Denied, Denied, Ok, Ok, Denied, Denied],
        ["definitions.import"] = [NoAuth, Denied, Denied, Denied, Denied, Bad, Bad, Denied, Denied],
        ["definitions.publish"] = [NoAuth, Denied, Denied, Denied, Denied, Conflict, Conflict, Denied, Denied],
        ["definitions.retire"] = [NoAuth, Denied, Denied, Denied, Denied, Hidden, Hidden, Denied, Denied],
        ["instances.start"] = [NoAuth, Denied, Bad, Denied, Bad, Denied, Denied, Denied, Denied],
        ["instances.list"] = [NoAuth, Ok, Ok, Ok, Ok, Ok, Ok, Denied, Ok],
        ["instances.get"] = [NoAuth, Ok, Ok, Ok, Ok, Ok, Ok, Denied, Hidden],
        ["instances.cancel"] = [NoAuth, Denied, Conflict, Denied, Denied, Conflict, Denied, Denied, Hidden],
        ["instances.retry"] = [NoAuth, Denied, Denied, Denied, Denied, Conflict, Denied, Denied, Hidden],
        ["instances.journal"] = [NoAuth, Ok, Ok, Ok, Ok, Ok, Ok, Denied, Hidden],
        ["instances.verify"] = [NoAuth, Ok, Ok, Ok, Ok, Ok, Ok, Denied, Hidden],
        ["tasks.inbox"] = [NoAuth, Ok, Ok, Ok, Ok, Ok, Denied, Denied, Ok],
        ["tasks.claim"] = [NoAuth, Denied, Denied, Denied, Bad, Denied, Denied, Denied, Hidden],
        ["tasks.complete"] = [NoAuth, Denied, Denied, Denied, Bad, Denied, Denied, Denied, Hidden],
        ["tasks.delegate"] = [NoAuth, Denied, Denied, Denied, Bad, Denied, Denied, Denied, Hidden],
        ["tasks.reassign"] = [NoAuth, Denied, Bad, Denied, Denied, Bad, Denied, Denied, Hidden],
        ["consultations.list"] = [NoAuth, Ok, Ok, Ok, Ok, Ok, Ok, Denied, Ok],
        ["consultations.get"] = [NoAuth, Ok, Ok, Ok, Ok, Ok, Ok, Denied, Hidden],
        ["consultations.opine"] = [NoAuth, Bad, Bad, Bad, Bad, Bad, Denied, Denied, Hidden],
        ["consultations.summary"] = [NoAuth, Conflict, Conflict, Conflict, Conflict, Conflict, Conflict, Denied, Hidden],
        ["votes.list"] = [NoAuth, Ok, Ok, Ok, Ok, Ok, Ok, Denied, Ok],
        ["votes.get"] = [NoAuth, Ok, Ok, Ok, Ok, Ok, Ok, Denied, Hidden],
        ["votes.cast"] = [NoAuth, Bad, Bad, Denied, Bad, Denied, Denied, Denied, Hidden],
        ["votes.result"] = [NoAuth, Conflict, Conflict, Conflict, Conflict, Conflict, Conflict, Denied, Hidden],
        ["reports.read"] = [NoAuth, Denied, Ok, Ok, Ok, Ok, Ok, Denied, Denied],
        ["reports.export"] = [NoAuth, Denied, Ok, Ok, Ok, Ok, Ok, Denied, Denied],
        ["launch.options"] = [NoAuth, Ok, Ok, Ok, Ok, Ok, Denied, Denied, Ok],
        ["organisation.agencies"] = [NoAuth, Ok, Ok, Ok, Ok, Ok, Denied, Denied, Ok],
        ["organisation.people"] = [NoAuth, Ok, Ok, Ok, Ok, Ok, Denied, Denied, Denied],
        ["organisation.roles"] = [NoAuth, Ok, Ok, Ok, Ok, Ok, Denied, Denied, Denied],
        ["organisation.substitutions"] = [NoAuth, Ok, Ok, Ok, Ok, Ok, Denied, Denied, Denied],
        ["calendar.holidays"] = [NoAuth, Ok, Ok, Ok, Ok, Ok, Ok, Ok, Ok],
        ["calendar.working-days"] = [NoAuth, Ok, Ok, Ok, Ok, Ok, Ok, Ok, Ok],
        ["attachments.upload"] = [NoAuth, Bad, Bad, Bad, Bad, Bad, Denied, Denied, Bad],
        ["attachments.get"] = [NoAuth, Ok, Ok, Ok, Ok, Ok, Ok, Denied, Hidden],
        ["attachments.case"] = [NoAuth, Ok, Ok, Ok, Ok, Ok, Ok, Denied, Hidden],
        ["disclosures.list"] = [NoAuth, Ok, Ok, Ok, Ok, Ok, Denied, Denied, Ok],
        ["disclosures.get"] = [NoAuth, Ok, Ok, Ok, Ok, Ok, Denied, Denied, Hidden],
        ["disclosures.object"] = [NoAuth, Bad, Bad, Bad, Bad, Bad, Denied, Denied, Hidden],
        ["disclosures.reply"] = [NoAuth, Denied, Denied, Bad, Denied, Denied, Denied, Denied, Hidden],
        ["designer.history"] = [NoAuth, Ok, Ok, Ok, Ok, Ok, Ok, Ok, Ok],
        ["designer.diff"] = [NoAuth, Bad, Bad, Bad, Bad, Bad, Bad, Bad, Bad],
        ["designer.revert"] = [NoAuth, Denied, Denied, Denied, Denied, Hidden, Hidden, Denied, Denied],
        ["designer.export"] = [NoAuth, Ok, Ok, Ok, Ok, Ok, Ok, Ok, Ok],
        // Anyone signed in may dry-run (it changes nothing): an empty definition is refused on its merits.
        ["definitions.dry-run"] = [NoAuth, Bad, Bad, Bad, Bad, Bad, Bad, Bad, Bad],
        ["organisation.substitutions.record"] = [NoAuth, Denied, Bad, Denied, Bad, Denied, Denied, Denied, Denied],
        ["organisation.substitutions.end"] = [NoAuth, Denied, Conflict, Denied, Conflict, Denied, Denied, Denied, Hidden],
        ["calendar.days"] = [NoAuth, Denied, Denied, Denied, Denied, Denied, Denied, Bad, Denied],
    };

    public static TheoryData<string, string, int> Matrix()
    {
        var rows = new TheoryData<string, string, int>();
        foreach (var (endpoint, statuses) in Expected)
        {
            for (var i = 0; i < CaseServer.Accounts.Count; i++)
            {
                rows.Add(endpoint, CaseServer.Accounts[i], statuses[i]);
            }
        }

        return rows;
    }

    [Fact]
    public void The_matrix_covers_every_endpoint_and_every_account()
    {
        Expected.Keys.ShouldBe(Endpoints.Keys, ignoreOrder: true);
        Expected.Values.ShouldAllBe(row => row.Length == CaseServer.Accounts.Count);
    }

    [Theory]
    [MemberData(nameof(Matrix))]
    public async Task Each_account_gets_its_answer_from_each_endpoint(string endpoint, string account, int status)
    {
        var response = await Endpoints[endpoint](cases, cases.Client(account));
        var body = await response.Content.ReadAsStringAsync();
        ((int)response.StatusCode).ShouldBe(status, $"{endpoint} as {account}: {body}");
        if (status >= 400)
        {
            response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json", body);
        }
    }

    [Fact]
    public async Task The_openapi_document_lists_the_endpoints_of_the_matrix()
    {
        var document = await cases.Client("anonymous").GetStringAsync("/openapi/v1.json");
        foreach (var path in new[] { "/api/v1/definitions/{key}/{version}/publish", "/api/v1/instances/{id}/journal/verify", "/api/v1/tasks/{id}/complete", "/api/v1/tasks/{id}/reassign" })
        {
            document.ShouldContain(path);
        }
    }

    [Fact]
    public async Task Another_agencys_person_does_not_see_the_case_in_lists_or_the_inbox()
    {
        var other = cases.Client("e0204");
        var list = await other.GetAsync("/api/v1/instances?pageSize=100").JsonAsync();
        Ids(list).ShouldNotContain(cases.OpenCase);
        Ids(list).ShouldNotContain(cases.CancelledCase);
        (await other.GetAsync("/api/v1/instances?agency=van-phong").ProblemAsync(HttpStatusCode.Forbidden, "agency.not-visible")).String("detail").ShouldContain("van-phong");
        (await other.GetAsync("/api/v1/tasks").JsonAsync()).GetProperty("items").EnumerateArray().ShouldNotContain(t => t.String("instanceId") == cases.OpenCase);

        var staff = await cases.Client("e0110").GetAsync("/api/v1/instances?pageSize=100").JsonAsync();
        Ids(staff).ShouldContain(cases.OpenCase);
    }

    [Fact]
    public async Task Refusals_say_why_with_the_codes_problem_type()
    {
        await cases.Client("e0204").GetAsync($"/api/v1/instances/{cases.OpenCase}").ProblemAsync(HttpStatusCode.NotFound, "instance.not-found");
        await cases.Client("e0110").PostJsonAsync($"/api/v1/tasks/{cases.ClaimedTask}/complete", new { outcome = "Submitted" }).ProblemAsync(HttpStatusCode.Forbidden, "task.not-assignee");
        await cases.Client("workflow-admin").PostJsonAsync($"/api/v1/tasks/{cases.ClaimedTask}/claim").ProblemAsync(HttpStatusCode.Forbidden, "account.no-person");
        await cases.Client("system-admin").GetAsync("/api/v1/instances").ProblemAsync(HttpStatusCode.Forbidden, "account.no-cases");
        await cases.Client("e0101").PostJsonAsync($"/api/v1/instances/{cases.CancelledCase}/cancel").ProblemAsync(HttpStatusCode.Conflict, "instance.ended");
        await cases.Client("e0102").PostJsonAsync($"/api/v1/instances/{cases.CancelledCase}/cancel").ProblemAsync(HttpStatusCode.Forbidden, "instance.cancel-denied");
        await cases.Client("e0104").PostJsonAsync($"/api/v1/tasks/{cases.ClaimedTask}/claim").ProblemAsync(HttpStatusCode.BadRequest, "task.claim-not-group");
        await cases.Client("e0104").PostJsonAsync($"/api/v1/tasks/{cases.ClaimedTask}/complete", new { outcome = "Nope" }).ProblemAsync(HttpStatusCode.BadRequest, "task.outcome");
        await cases.Client("e0104").PostJsonAsync("/api/v1/instances", new { workflow = "salary-step-regular", agency = "phong-tc-kh" }).ProblemAsync(HttpStatusCode.Forbidden, "instance.start-denied");
        await cases.Client("e0110").PostRawAsync("/api/v1/definitions", "{}").ProblemAsync(HttpStatusCode.Forbidden, "definition.admin-only");
    }

    [Fact]
    public async Task The_claimed_task_is_in_its_claimers_inbox_by_name_and_no_longer_in_the_groups()
    {
        var hr = cases.Client("e0104");
        var mine = await hr.GetAsync("/api/v1/tasks?scope=Mine").JsonAsync();
        mine.GetProperty("items").EnumerateArray().Single(t => t.String("id") == cases.ClaimedTask).String("assignee").ShouldBe("user:E0104");
        var groups = await hr.GetAsync("/api/v1/tasks?scope=Groups").JsonAsync();
        groups.GetProperty("items").EnumerateArray().ShouldNotContain(t => t.String("id") == cases.ClaimedTask);
    }

    private static List<string> Ids(JsonElement page) => [.. page.GetProperty("items").EnumerateArray().Select(i => i.String("id"))];
}
