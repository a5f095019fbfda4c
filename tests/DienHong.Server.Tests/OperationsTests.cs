using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using DienHong.Server.Testing;
using Shouldly;

namespace DienHong.Server.Tests;

/// <summary>Health, the job dashboard's authorisation, problem details for client mistakes, the OpenAPI document.</summary>
public sealed class OperationsTests(SharedServer shared) : IClassFixture<SharedServer>
{
    private ServerFactory Server => shared.Server;

    [Fact]
    public async Task Health_is_anonymous_json_with_database_hangfire_and_disk()
    {
        var response = await Server.CreateClient().GetAsync("/health");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        body.GetProperty("status").GetString().ShouldBeOneOf("Healthy", "Degraded");
        var checks = body.GetProperty("checks");
        checks.GetProperty("database").GetProperty("status").GetString().ShouldBe("Healthy");
        checks.GetProperty("hangfire").GetProperty("status").GetString().ShouldNotBe("Unhealthy");
        checks.GetProperty("disk").GetProperty("data").GetProperty("freeBytes").GetInt64().ShouldBeGreaterThan(0);
    }

    [Fact]
    public async Task The_job_dashboard_is_for_the_system_admin_only()
    {
        (await Server.Browser().GetAsync("/hangfire")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await (await Server.SignedInAsync("e0105")).GetAsync("/hangfire")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await (await Server.SignedInAsync("workflow-admin")).GetAsync("/hangfire")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await (await Server.SignedInAsync("system-admin")).GetAsync("/hangfire")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Bad_json_is_a_400_problem_naming_the_place()
    {
        var response = await Server.CreateClient().PostAsync("/api/v1/auth/token", new StringContent("{\"userName\": ", Encoding.UTF8, "application/json"));
        var problem = await ProblemAsync(response, HttpStatusCode.BadRequest);
        problem.GetProperty("detail").GetString()!.ShouldContain("not valid JSON");
        problem.GetProperty("detail").GetString()!.ShouldContain("LineNumber");
    }

    [Fact]
    public async Task A_wrong_type_is_a_400_problem()
    {
        var response = await Server.CreateClient().PostAsync("/api/v1/auth/token", new StringContent("{\"userName\": 5, \"password\": []}", Encoding.UTF8, "application/json"));
        await ProblemAsync(response, HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Missing_credentials_and_a_wrong_password_are_4xx_problems()
    {
        await ProblemAsync(await Server.CreateClient().PostAsJsonAsync("/api/v1/auth/token", new { userName = "e0101" }), HttpStatusCode.BadRequest);
        await ProblemAsync(await Server.CreateClient().PostAsJsonAsync("/api/v1/auth/token", new { userName = "nobody", password = "Wrong-12345" }), HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task An_unknown_api_route_is_a_404_problem()
    {
        await ProblemAsync(await Server.CreateClient().GetAsync("/api/v1/nothing-here"), HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task The_openapi_document_and_the_api_docs_are_served()
    {
        var document = await Server.CreateClient().GetStringAsync("/openapi/v1.json");
        document.ShouldContain("/api/v1/me");
        document.ShouldContain("/api/v1/auth/token");
        var docs = await Server.CreateClient().GetAsync("/api/docs/");
        docs.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    private static async Task<JsonElement> ProblemAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        response.StatusCode.ShouldBe(status);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
        problem.GetProperty("status").GetInt32().ShouldBe((int)status);
        problem.TryGetProperty("traceId", out _).ShouldBeTrue();
        return problem;
    }
}
