using System.Net;
using System.Text.Json.Nodes;
using Shouldly;

namespace DienHong.Server.Tests;

/// <summary>
/// The designer's versions over HTTP: history with authors, running cases and the journal of publishes; the diff;
/// export; revert as the next draft; and every bad input a 4xx problem with its code, never a 500.
/// </summary>
public sealed class DesignerVersionsApiTests(CaseServer cases) : IClassFixture<CaseServer>
{
    private const string Key = "salary-step-regular";

    private static readonly string Shipped = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "catalog", Key + ".workflow.json"));

    private static readonly int ShippedVersion = JsonNode.Parse(Shipped)!["version"]!.GetValue<int>();

    [Theory]
    [InlineData("/api/v1/definitions/no-such-workflow/history", HttpStatusCode.NotFound, "definition.key-not-found")]
    [InlineData("/api/v1/definitions/salary-step-regular/diff?from=abc&to=1", HttpStatusCode.BadRequest, "definition.version-number")]
    [InlineData("/api/v1/definitions/salary-step-regular/diff?to=1", HttpStatusCode.BadRequest, "definition.version-number")]
    [InlineData("/api/v1/definitions/salary-step-regular/diff?from=1&to=-2", HttpStatusCode.BadRequest, "definition.version-number")]
    [InlineData("/api/v1/definitions/salary-step-regular/diff?from=1&to=99999999999", HttpStatusCode.BadRequest, "definition.version-number")]
    [InlineData("/api/v1/definitions/salary-step-regular/diff?from=1&to=1", HttpStatusCode.BadRequest, "definition.same-version")]
    [InlineData("/api/v1/definitions/salary-step-regular/diff?from=1&to=99", HttpStatusCode.NotFound, "definition.version-not-found")]
    [InlineData("/api/v1/definitions/no-such-workflow/diff?from=1&to=2", HttpStatusCode.NotFound, "definition.key-not-found")]
    [InlineData("/api/v1/definitions/salary-step-regular/one/export", HttpStatusCode.BadRequest, "definition.version-number")]
    [InlineData("/api/v1/definitions/salary-step-regular/99/export", HttpStatusCode.NotFound, "definition.version-not-found")]
    [InlineData("/api/v1/definitions/no-such-workflow/1/export", HttpStatusCode.NotFound, "definition.key-not-found")]
    public async Task Unknown_keys_and_versions_and_versions_that_are_not_numbers_are_problems(string url, HttpStatusCode status, string code)
    {
        var problem = await cases.Client("e0108").GetAsync(url).ProblemAsync(status, code);
        problem.String("detail").ShouldNotBeNullOrWhiteSpace();
    }

    [Fact]
    public async Task Reverting_a_version_that_is_not_a_number_or_does_not_exist_is_a_problem()
    {
        var admin = cases.Client("e0108");
        await admin.PostJsonAsync("/api/v1/definitions/salary-step-regular/v1/revert").ProblemAsync(HttpStatusCode.BadRequest, "definition.version-number");
        await admin.PostJsonAsync("/api/v1/definitions/salary-step-regular/99/revert").ProblemAsync(HttpStatusCode.NotFound, "definition.version-not-found");
        await cases.Client("e0110").PostJsonAsync($"/api/v1/definitions/salary-step-regular/{ShippedVersion}/revert").ProblemAsync(HttpStatusCode.Forbidden, "definition.admin-only");
    }

    [Fact]
    public async Task A_published_change_shows_in_the_history_the_diff_and_the_journal_and_an_old_version_comes_back_as_the_next_draft()
    {
        var admin = cases.Client("e0108");
        var changed = JsonNode.Parse(Shipped)!.AsObject();
        changed["name"]!["en"] = "Regular salary step (adapted)";
        (await admin.PostRawAsync("/api/v1/definitions", changed.ToJsonString())).StatusCode.ShouldBe(HttpStatusCode.Created);
        var next = ShippedVersion + 1;
        (await admin.PostJsonAsync($"/api/v1/definitions/{Key}/{next}/publish")).StatusCode.ShouldBe(HttpStatusCode.OK);

        var history = await admin.GetAsync($"/api/v1/definitions/{Key}/history").JsonAsync();
        var versions = history.GetProperty("versions").EnumerateArray().ToList();
        var newest = versions.Single(v => v.GetProperty("version").GetInt32() == next);
        newest.GetProperty("saved").String("by").ShouldBe("E0108");
        newest.GetProperty("published").String("by").ShouldBe("E0108");
        versions.Single(v => v.GetProperty("version").GetInt32() == ShippedVersion).GetProperty("published").String("by").ShouldBe("system");
        versions.Single(v => v.GetProperty("version").GetInt32() == ShippedVersion).GetProperty("running").GetInt32().ShouldBeGreaterThan(0);
        var publish = history.GetProperty("publishes").EnumerateArray().Last();
        (publish.GetProperty("version").GetInt32(), publish.GetProperty("replaces").GetInt32(), publish.GetProperty("published").String("by")).ShouldBe((next, ShippedVersion, "E0108"));
        history.GetProperty("brokenAt").ValueKind.ShouldBe(System.Text.Json.JsonValueKind.Null);

        var diff = await admin.GetAsync($"/api/v1/definitions/{Key}/diff?from={ShippedVersion}&to={next}").JsonAsync();
        var change = diff.GetProperty("diff").GetProperty("changes").EnumerateArray().ShouldHaveSingleItem();
        (change.String("path"), change.String("after")).ShouldBe(("name.en", "\"Regular salary step (adapted)\""));

        var export = await admin.GetAsync($"/api/v1/definitions/{Key}/{ShippedVersion}/export");
        export.StatusCode.ShouldBe(HttpStatusCode.OK);
        export.Content.Headers.ContentDisposition!.FileName.ShouldBe($"{Key}.v{ShippedVersion}.workflow.json");
        JsonNode.DeepEquals(JsonNode.Parse(await export.Content.ReadAsStringAsync()), JsonNode.Parse(Shipped)).ShouldBeTrue();

        var reverted = await admin.PostJsonAsync($"/api/v1/definitions/{Key}/{ShippedVersion}/revert").JsonAsync(HttpStatusCode.Created);
        (reverted.GetProperty("version").GetInt32(), reverted.String("status")).ShouldBe((next + 1, "Draft"));
        var refused = await admin.PostJsonAsync($"/api/v1/definitions/{Key}/{ShippedVersion}/revert").ProblemAsync(HttpStatusCode.Conflict, "definition.draft-open");
        refused.String("detail").ShouldContain((next + 1).ToString(System.Globalization.CultureInfo.InvariantCulture));
    }
}
