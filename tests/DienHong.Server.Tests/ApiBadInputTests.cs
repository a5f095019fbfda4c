using System.Net;
using System.Net.Http.Json;
using Shouldly;

namespace DienHong.Server.Tests;

/// <summary>
/// What a client can send wrong, per endpoint group: malformed JSON, wrong types, missing bodies, unknown ids, page
/// sizes and cursors out of range, input that does not fit the workflow. Each is a 4xx problem saying what, in the
/// request's language (Vietnamese unless Accept-Language asks for English); none is a 500.
/// </summary>
public sealed class ApiBadInputTests(CaseServer cases) : IClassFixture<CaseServer>
{
    private HttpClient Hr => cases.Client("e0104");

    [Theory]
    [InlineData("/api/v1/instances", "{\"workflow\": ")]
    [InlineData("/api/v1/instances", "{\"workflow\": 5, \"agency\": \"van-phong\"}")]
    [InlineData("/api/v1/instances", "{\"workflow\": \"salary-step-regular\", \"agency\": \"van-phong\", \"input\": 5}")]
    [InlineData("/api/v1/instances", "{\"workflow\": \"salary-step-regular\", \"agency\": \"van-phong\", \"version\": \"one\"}")]
    [InlineData("/api/v1/instances", "")]
    [InlineData("/api/v1/tasks/{task}/complete", "{\"outcome\": [1]}")]
    [InlineData("/api/v1/tasks/{task}/complete", "")]
    [InlineData("/api/v1/tasks/{task}/complete", "{\"outcome\": \"Submitted\", \"attachments\": \"doc\"}")]
    [InlineData("/api/v1/tasks/{task}/delegate", "[\"E0101\"]")]
    [InlineData("/api/v1/tasks/{task}/reassign", "{\"to\": {}}")]
    [InlineData("/api/v1/instances/{case}/cancel", "{\"reason\": ")]
    public async Task Malformed_json_wrong_types_and_missing_bodies_are_400_problems(string url, string body)
    {
        url = url.Replace("{task}", cases.ClaimedTask, StringComparison.Ordinal).Replace("{case}", cases.CancelledCase, StringComparison.Ordinal);
        var problem = await Hr.PostRawAsync(url, body).ProblemAsync(HttpStatusCode.BadRequest);
        problem.String("detail").ShouldNotBeNullOrWhiteSpace();
    }

    [Theory]
    [InlineData("/api/v1/instances?status=Nope")]
    [InlineData("/api/v1/instances?overdue=maybe")]
    [InlineData("/api/v1/instances?pageSize=lots")]
    [InlineData("/api/v1/instances?pageSize=99999999999")]
    [InlineData("/api/v1/tasks?scope=Everything")]
    [InlineData("/api/v1/definitions?status=Final")]
    public async Task Query_values_of_the_wrong_type_are_400_problems(string url) =>
        await Hr.GetAsync(url).ProblemAsync(HttpStatusCode.BadRequest);

    [Theory]
    [InlineData("/api/v1/instances?pageSize=0")]
    [InlineData("/api/v1/tasks?pageSize=-5")]
    [InlineData("/api/v1/definitions?pageSize=0")]
    [InlineData("/api/v1/instances/{case}/journal?pageSize=0")]
    public async Task A_page_size_below_one_is_refused(string url) =>
        await Hr.GetAsync(url.Replace("{case}", cases.OpenCase, StringComparison.Ordinal)).ProblemAsync(HttpStatusCode.BadRequest, "paging.size");

    [Theory]
    [InlineData("/api/v1/instances?after=not-a-cursor")]
    [InlineData("/api/v1/instances?after=WyJ4eXoiXQ")]
    [InlineData("/api/v1/tasks?after=%%%")]
    [InlineData("/api/v1/definitions?after=abc")]
    [InlineData("/api/v1/instances/{case}/journal?after=-1")]
    public async Task A_cursor_the_list_did_not_give_is_refused(string url) =>
        await Hr.GetAsync(url.Replace("{case}", cases.OpenCase, StringComparison.Ordinal)).ProblemAsync(HttpStatusCode.BadRequest, "paging.cursor");

    [Theory]
    [InlineData("/api/v1/instances?pageSize=1000000")]
    [InlineData("/api/v1/tasks?pageSize=1000000")]
    [InlineData("/api/v1/definitions?pageSize=1000000")]
    [InlineData("/api/v1/instances/{case}/journal?pageSize=1000000")]
    public async Task A_huge_page_size_is_capped(string url)
    {
        var page = await Hr.GetAsync(url.Replace("{case}", cases.OpenCase, StringComparison.Ordinal)).JsonAsync();
        page.GetProperty("items").GetArrayLength().ShouldBeInRange(1, 100);
    }

    [Fact]
    public async Task Unknown_ids_are_404_problems_and_a_closed_task_of_a_case_one_sees_is_409()
    {
        await Hr.GetAsync("/api/v1/instances/nope").ProblemAsync(HttpStatusCode.NotFound, "instance.not-found");
        await Hr.GetAsync("/api/v1/instances/nope/journal").ProblemAsync(HttpStatusCode.NotFound, "instance.not-found");
        await Hr.PostJsonAsync("/api/v1/instances/nope/retry").ProblemAsync(HttpStatusCode.NotFound, "instance.not-found");
        await Hr.PostJsonAsync("/api/v1/tasks/garbage/complete", new { outcome = "Submitted" }).ProblemAsync(HttpStatusCode.NotFound, "task.not-found");
        await Hr.PostJsonAsync("/api/v1/tasks/nope.nope/claim").ProblemAsync(HttpStatusCode.NotFound, "task.not-found");
        await Hr.PostJsonAsync($"/api/v1/tasks/{cases.OpenCase}.nope/complete", new { outcome = "Submitted" }).ProblemAsync(HttpStatusCode.Conflict, "task.closed");
        await cases.Client("e0204").PostJsonAsync($"/api/v1/tasks/{cases.OpenCase}.nope/complete", new { outcome = "Submitted" }).ProblemAsync(HttpStatusCode.NotFound, "task.not-found");
        await Hr.GetAsync("/api/v1/definitions/nope/1").ProblemAsync(HttpStatusCode.NotFound, "definition.version-not-found");
        await Hr.GetAsync("/api/v1/definitions/salary-step-regular/x").ProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_start_input_that_does_not_fit_the_workflow_is_refused_by_name()
    {
        await Hr.PostJsonAsync("/api/v1/instances", new { workflow = "no-such-workflow", agency = "van-phong" }).ProblemAsync(HttpStatusCode.NotFound, "definition.not-found");
        var missing = await Hr.PostJsonAsync("/api/v1/instances", new { workflow = "salary-step-regular", agency = "van-phong", input = new { employeeId = "E0110" } })
            .ProblemAsync(HttpStatusCode.BadRequest, "input.invalid");
        missing.String("detail").ShouldContain("gradeLevel");
        var typed = await Hr.PostJsonAsync("/api/v1/instances", new
        {
            workflow = "salary-step-regular",
            agency = "van-phong",
            input = new { employeeId = "E0110", gradeLevel = "college", lastStepDate = "01/01/2020", completedDuties = "yes" },
        }).ProblemAsync(HttpStatusCode.BadRequest, "input.invalid");
        typed.String("detail").ShouldContain("lastStepDate");
        typed.String("detail").ShouldContain("completedDuties");
        var unknown = await Hr.PostJsonAsync("/api/v1/instances", new { workflow = "salary-step-regular", agency = "van-phong", input = new { employe = "E0110" } })
            .ProblemAsync(HttpStatusCode.BadRequest, "input.variable-unknown");
        unknown.String("detail").ShouldContain("employe");
        await Hr.PostJsonAsync("/api/v1/instances", new { workflow = "salary-step-regular", version = 99, agency = "van-phong" }).ProblemAsync(HttpStatusCode.NotFound, "definition.not-found");
        await Hr.PostJsonAsync("/api/v1/instances", new { workflow = "salary-step-regular" }).ProblemAsync(HttpStatusCode.Forbidden, "instance.start-denied");
    }

    [Fact]
    public async Task A_second_start_with_the_same_correlation_key_is_a_conflict()
    {
        var start = new
        {
            workflow = "salary-step-regular",
            agency = "van-phong",
            correlationKey = "salary:E0107:2026",
            input = new { employeeId = "E0107", gradeLevel = "college", lastStepDate = "2020-01-01", completedDuties = true },
        };
        await Hr.PostJsonAsync("/api/v1/instances", start).JsonAsync(HttpStatusCode.Created);
        await Hr.PostJsonAsync("/api/v1/instances", start).ProblemAsync(HttpStatusCode.Conflict, "instance.duplicate");
    }

    [Fact]
    public async Task The_problem_is_worded_in_the_requests_language_vietnamese_by_default()
    {
        var vi = await Hr.GetAsync("/api/v1/instances/nope").ProblemAsync(HttpStatusCode.NotFound, "instance.not-found");
        vi.String("title").ShouldBe("Không tìm thấy");
        vi.String("detail").ShouldBe("Hồ sơ 'nope' không tồn tại.");

        using var english = new HttpRequestMessage(HttpMethod.Get, "/api/v1/instances/nope");
        english.Headers.AcceptLanguage.ParseAdd("en-US,vi;q=0.5");
        var en = await Hr.SendAsync(english).ProblemAsync(HttpStatusCode.NotFound, "instance.not-found");
        en.String("title").ShouldBe("Not found");
        en.String("detail").ShouldBe("Instance 'nope' does not exist.");
    }

    [Fact]
    public async Task A_posted_definition_is_validated_with_every_finding_and_an_unreadable_one_is_not_imported()
    {
        var admin = cases.Client("workflow-admin");
        var check = await admin.PostRawAsync("/api/v1/definitions/validate", "{\n  \"key\": \"x\",\n  \"version\": }").JsonAsync();
        check.GetProperty("valid").GetBoolean().ShouldBeFalse();
        var finding = check.GetProperty("findings")[0];
        finding.String("rule").ShouldBe("json");
        finding.GetProperty("line").GetInt32().ShouldBe(3);

        var refused = await admin.PostRawAsync("/api/v1/definitions", "{\n  \"key\": \"x\",\n  \"version\": }").ProblemAsync(HttpStatusCode.BadRequest, "definition.invalid");
        refused.GetProperty("errors")[0].GetProperty("line").GetInt32().ShouldBe(3);
        (await admin.GetAsync("/api/v1/definitions?key=x").JsonAsync()).GetProperty("total").GetInt32().ShouldBe(0);
    }

    [Fact]
    public async Task A_definition_is_imported_as_a_draft_published_and_retired()
    {
        var admin = cases.Client("e0108");
        var json = (await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "catalog", "salary-step-regular.workflow.json")))
            .Replace("\"key\": \"salary-step-regular\"", "\"key\": \"salary-step-api\"", StringComparison.Ordinal);
        var draft = await admin.PostRawAsync("/api/v1/definitions", json).JsonAsync(HttpStatusCode.Created);
        draft.String("status").ShouldBe("Draft");
        var version = draft.GetProperty("version").GetInt32();
        (await admin.PostJsonAsync($"/api/v1/definitions/salary-step-api/{version}/publish").JsonAsync()).String("status").ShouldBe("Published");
        await admin.PostJsonAsync($"/api/v1/definitions/salary-step-api/{version}/publish").ProblemAsync(HttpStatusCode.Conflict, "definition.not-draft");
        (await admin.PostJsonAsync($"/api/v1/definitions/salary-step-api/{version}/retire").JsonAsync()).String("status").ShouldBe("Retired");
        await Hr.PostJsonAsync("/api/v1/instances", new { workflow = "salary-step-api", version, agency = "van-phong" }).ProblemAsync(HttpStatusCode.Conflict, "definition.not-published");
        var listed = await Hr.GetFromJsonAsync<System.Text.Json.JsonElement>("/api/v1/definitions?key=salary-step-api");
        listed.GetProperty("items")[0].String("status").ShouldBe("Retired");
    }
}
