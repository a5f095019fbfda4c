using System.Net;
using System.Text.Json.Nodes;
using Shouldly;

namespace DienHong.Server.Tests;

/// <summary>
/// <c>POST /api/v1/definitions/dry-run</c>: a catalog definition with its sample scenario runs to the end on the
/// server's organisation and calendar and leaves the server's database as it was; what a client can send wrong (a
/// malformed body, a missing part, a bad scenario line, an oversized scenario) is a 400 problem saying what.
/// </summary>
public sealed class DesignerDryRunApiTests(CaseServer cases) : IClassFixture<CaseServer>
{
    private const string Url = "/api/v1/definitions/dry-run";

    private HttpClient Staff => cases.Client("e0110");

    [Fact]
    public async Task A_catalog_definition_runs_its_sample_scenario_step_by_step_and_saves_nothing()
    {
        var before = (await cases.Client("workflow-admin").GetAsync("/api/v1/instances").JsonAsync()).GetProperty("total").GetInt32();

        var run = await Staff.PostJsonAsync(Url, new { definition = Catalog(), scenario = Sample("salary-step-regular.normal") }).JsonAsync();

        run.GetProperty("passed").GetBoolean().ShouldBeTrue(run.ToString());
        run.GetProperty("status").GetString().ShouldBe("Completed");
        var start = run.GetProperty("steps")[0];
        start.GetProperty("number").GetInt32().ShouldBe(0);
        start.GetProperty("due").EnumerateArray().ShouldContain(d => d.GetProperty("nodeId").GetString() == "hr-prepare" && d.GetProperty("lastDay").GetString() == "2027-02-15");
        run.GetProperty("path").EnumerateArray().Select(p => p.GetString()).ShouldContain("hr-prepare");
        (await cases.Client("workflow-admin").GetAsync("/api/v1/instances").JsonAsync()).GetProperty("total").GetInt32().ShouldBe(before);
    }

    [Fact]
    public async Task A_scenario_given_as_an_object_runs_too()
    {
        var run = await Staff.PostJsonAsync(Url, new { definition = Catalog(), scenario = JsonNode.Parse(Sample("salary-step-regular.normal")) }).JsonAsync();

        run.GetProperty("passed").GetBoolean().ShouldBeTrue(run.ToString());
    }

    [Theory]
    [InlineData("{\"definition\": ")]
    [InlineData("")]
    [InlineData("[]")]
    [InlineData("{\"definition\": [], \"scenario\": \"{}\"}")]
    public async Task Malformed_bodies_are_400_problems(string body)
    {
        var problem = await Staff.PostRawAsync(Url, body).ProblemAsync(HttpStatusCode.BadRequest);
        problem.String("detail").ShouldNotBeNullOrWhiteSpace();
    }

    [Theory]
    [InlineData("{\"scenario\": \"{}\"}")]
    [InlineData("{\"definition\": {}}")]
    [InlineData("{\"definition\": {}, \"scenario\": 5}")]
    public async Task A_missing_part_is_named(string body) =>
        await Staff.PostRawAsync(Url, body).ProblemAsync(HttpStatusCode.BadRequest, "dry-run.request");

    [Fact]
    public async Task A_bad_scenario_line_is_a_problem_whose_errors_name_the_line_and_step()
    {
        const string scenario = "{\n  \"start\": \"2027-02-01T08:00:00\",\n  \"steps\": [\n    { \"complete\": \"no-such-node\", \"outcome\": \"Done\" }\n  ]\n}";

        var problem = await Staff.PostJsonAsync(Url, new { definition = Catalog(), scenario }).ProblemAsync(HttpStatusCode.BadRequest, "dry-run.scenario-invalid");

        var error = problem.GetProperty("errors").EnumerateArray().ShouldHaveSingleItem();
        error.GetProperty("line").GetInt32().ShouldBe(4);
        error.GetProperty("step").GetInt32().ShouldBe(1);
        error.GetProperty("rule").GetString().ShouldBe("scenario.step");
        error.String("message").ShouldContain("no-such-node");
    }

    [Fact]
    public async Task A_definition_with_errors_is_refused_with_the_validators_findings() =>
        (await Staff.PostJsonAsync(Url, new { definition = new { key = "x" }, scenario = "{}" }).ProblemAsync(HttpStatusCode.BadRequest, "dry-run.definition-invalid"))
            .GetProperty("errors").GetArrayLength().ShouldBeGreaterThan(0);

    [Fact]
    public async Task An_oversized_scenario_is_refused_before_it_is_read() =>
        await Staff.PostJsonAsync(Url, new { definition = Catalog(), scenario = new string(' ', 300_000) }).ProblemAsync(HttpStatusCode.BadRequest, "dry-run.scenario-too-large");

    private static JsonNode Catalog() => JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "catalog", "salary-step-regular.workflow.json")))!;

    private static string Sample(string name)
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (!File.Exists(Path.Combine(dir.FullName, "DienHong.slnx")))
        {
            dir = dir.Parent!;
        }

        return File.ReadAllText(Path.Combine(dir.FullName, "samples", "scenarios", name + ".scenario.json"));
    }
}
