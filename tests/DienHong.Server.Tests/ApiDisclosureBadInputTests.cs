using System.Net;
using Shouldly;

namespace DienHong.Server.Tests;

/// <summary>
/// What a client can send the disclosures API wrong: malformed JSON and wrong types, an unknown state, ids that name
/// no posting (a task's id, a case's id, another entry of the journal), an objection's number that is not one, an
/// objection without text. Each is a 4xx problem saying what; none is a 500 or changes anything.
/// </summary>
public sealed class ApiDisclosureBadInputTests(CaseServer cases) : IClassFixture<CaseServer>
{
    private HttpClient Staff => cases.Client("e0110");

    [Theory]
    [InlineData("/objections", "{\"text\": ")]
    [InlineData("/objections", "{\"text\": [1]}")]
    [InlineData("/objections", "{\"text\": \"x\", \"anonymous\": \"yes\"}")]
    [InlineData("/objections", "")]
    [InlineData("/objections/1/reply", "{\"outcome\": 5}")]
    [InlineData("/objections/1/reply", "")]
    public async Task Malformed_json_wrong_types_and_missing_bodies_are_400_problems(string path, string body)
    {
        var problem = await Staff.PostRawAsync($"/api/v1/disclosures/{await cases.DisclosureAsync()}{path}", body).ProblemAsync(HttpStatusCode.BadRequest);
        problem.String("detail").ShouldNotBeNullOrWhiteSpace();
    }

    [Theory]
    [InlineData("/api/v1/disclosures?state=everything")]
    [InlineData("/api/v1/disclosures?state=2")]
    [InlineData("/api/v1/disclosures?pageSize=many")]
    [InlineData("/api/v1/disclosures/{id}/objections/first/reply")]
    public async Task Values_not_of_their_type_are_400_problems(string url)
    {
        url = url.Replace("{id}", await cases.DisclosureAsync(), StringComparison.Ordinal);
        var response = url.Contains("/reply", StringComparison.Ordinal) ? Staff.PostJsonAsync(url, new { outcome = "Upheld", text = "x" }) : Staff.GetAsync(url);
        await response.ProblemAsync(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Paging_is_checked_as_on_the_other_lists()
    {
        await Staff.GetAsync("/api/v1/disclosures?pageSize=0").ProblemAsync(HttpStatusCode.BadRequest, "paging.size");
        await Staff.GetAsync("/api/v1/disclosures?after=not-a-cursor").ProblemAsync(HttpStatusCode.BadRequest, "paging.cursor");
        (await Staff.GetAsync("/api/v1/disclosures?state=CLOSED&pageSize=1").JsonAsync()).GetProperty("items").GetArrayLength().ShouldBeLessThanOrEqualTo(1);
    }

    [Fact]
    public async Task Ids_that_name_no_posting_are_404()
    {
        var id = await cases.DisclosureAsync();
        var instance = id[..id.LastIndexOf('.')];
        foreach (var wrong in new[] { "nothing", instance, instance + ".1", instance + ".0", instance + ".x", cases.ClaimedTask, "." + id, id + "0000" })
        {
            await Staff.GetAsync($"/api/v1/disclosures/{Uri.EscapeDataString(wrong)}").ProblemAsync(HttpStatusCode.NotFound, "disclosure.not-found");
        }

        await cases.Client("e0102").PostJsonAsync($"/api/v1/disclosures/{id}/objections/0/reply", new { outcome = "Upheld", text = "x" }).ProblemAsync(HttpStatusCode.NotFound, "disclosure.objection-not-found");
    }

    [Fact]
    public async Task An_objection_needs_its_text_and_one_refused_records_nothing()
    {
        var id = await cases.DisclosureAsync();
        var before = (await cases.Client("e0102").GetAsync($"/api/v1/disclosures/{id}").JsonAsync()).GetProperty("objections").GetArrayLength();
        (await Staff.PostJsonAsync($"/api/v1/disclosures/{id}/objections", new { text = "   ", anonymous = true }).ProblemAsync(HttpStatusCode.BadRequest, "action.data"))
            .String("detail").ShouldContain("text");
        (await Staff.PostJsonAsync($"/api/v1/disclosures/{id}/objections", new { anonymous = false }).ProblemAsync(HttpStatusCode.BadRequest, "submission.no-text")).String("detail").ShouldNotBeNullOrWhiteSpace();
        (await cases.Client("e0102").GetAsync($"/api/v1/disclosures/{id}").JsonAsync()).GetProperty("objections").GetArrayLength().ShouldBe(before);
    }
}
