using System.Net;
using System.Text.Json;
using Shouldly;

namespace DienHong.Server.Tests;

/// <summary>
/// The case list's filters of the Cases page on the API: <c>mine</c> (cases the person started or acted on, or holds
/// an open task of), the next deadline of each listed case, the steps a case waits at, and the bad values.
/// </summary>
public sealed class ApiCaseFilterTests(CaseServer cases) : IClassFixture<CaseServer>
{
    [Fact]
    public async Task Mine_keeps_the_cases_the_person_started_acted_on_or_holds_a_task_of()
    {
        // HR started the open case and holds its claimed task; the head started and cancelled the other; the employee did neither.
        Ids(await cases.Client("e0104").GetAsync("/api/v1/instances?mine=true").JsonAsync()).ShouldContain(cases.OpenCase);
        Ids(await cases.Client("e0104").GetAsync("/api/v1/instances?mine=true").JsonAsync()).ShouldNotContain(cases.CancelledCase);
        Ids(await cases.Client("e0101").GetAsync("/api/v1/instances?mine=true").JsonAsync()).ShouldContain(cases.CancelledCase);
        Ids(await cases.Client("e0101").GetAsync("/api/v1/instances?mine=true").JsonAsync()).ShouldNotContain(cases.OpenCase);
        Ids(await cases.Client("e0110").GetAsync("/api/v1/instances?mine=true").JsonAsync()).ShouldBeEmpty();
        Ids(await cases.Client("e0110").GetAsync("/api/v1/instances?mine=false").JsonAsync()).ShouldContain(cases.OpenCase);
        Ids(await cases.Client("e0101").GetAsync("/api/v1/instances?mine=true&status=Running").JsonAsync()).ShouldNotContain(cases.CancelledCase);
    }

    [Fact]
    public async Task A_listed_case_carries_its_next_deadline_and_a_case_the_steps_it_waits_at()
    {
        var hr = cases.Client("e0104");
        var detail = await hr.GetAsync($"/api/v1/instances/{cases.OpenCase}").JsonAsync();
        var listed = (await hr.GetAsync("/api/v1/instances?pageSize=100").JsonAsync()).GetProperty("items").EnumerateArray().Single(i => i.String("id") == cases.OpenCase);
        var task = detail.GetProperty("openTasks")[0];

        listed.GetProperty("nextDueAt").GetDateTimeOffset().ShouldBe(task.GetProperty("dueAt").GetDateTimeOffset());
        detail.GetProperty("openNodes").EnumerateArray().Select(n => n.GetString()).ShouldContain(task.String("nodeId"));
        (await hr.GetAsync("/api/v1/instances?pageSize=100").JsonAsync()).GetProperty("items").EnumerateArray()
            .Single(i => i.String("id") == cases.CancelledCase).GetProperty("nextDueAt").ValueKind.ShouldBe(JsonValueKind.Null);
    }

    [Theory]
    [InlineData("/api/v1/instances?mine=perhaps")]
    [InlineData("/api/v1/instances?mine=1")]
    public async Task A_mine_that_is_not_true_or_false_is_a_400_problem(string url) =>
        (await cases.Client("e0104").GetAsync(url).ProblemAsync(HttpStatusCode.BadRequest)).String("detail").ShouldNotBeNullOrWhiteSpace();

    [Fact]
    public async Task An_administration_account_has_no_cases_of_its_own()
    {
        await cases.Client("workflow-admin").GetAsync("/api/v1/instances?mine=true").ProblemAsync(HttpStatusCode.Forbidden, "account.no-person");
        Ids(await cases.Client("workflow-admin").GetAsync("/api/v1/instances?pageSize=100").JsonAsync()).ShouldContain(cases.OpenCase);
    }

    private static List<string> Ids(JsonElement page) => [.. page.GetProperty("items").EnumerateArray().Select(i => i.String("id"))];
}
