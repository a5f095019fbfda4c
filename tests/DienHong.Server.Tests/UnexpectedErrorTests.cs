using System.Net;
using System.Text.Json;
using DienHong.Server.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;

namespace DienHong.Server.Tests;

/// <summary>An exception nobody expected is a 500 problem with a trace id, and tells nothing of the code.</summary>
public sealed class UnexpectedErrorTests : IDisposable
{
    private readonly DataFolder folder = new();

    [Fact]
    public async Task An_unexpected_exception_is_a_500_problem_without_a_stack()
    {
        await using var server = new ServerFactory(folder.Path);
        await using var failing = server.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton<IStartupFilter, FailingEndpoint>()));
        var response = await failing.CreateClient().GetAsync("/api/v1/test-failure");
        response.StatusCode.ShouldBe(HttpStatusCode.InternalServerError);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        var text = await response.Content.ReadAsStringAsync();
        text.ShouldNotContain("secret detail");
        text.ShouldNotContain("FailingEndpoint");
        text.ShouldNotContain(" at ");
        JsonDocument.Parse(text).RootElement.GetProperty("traceId").GetString().ShouldNotBeNullOrEmpty();
    }

    public void Dispose() => folder.Dispose();

    private sealed class FailingEndpoint : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            next(app);
            app.Map("/api/v1/test-failure", a => a.Run(_ => throw new InvalidOperationException("secret detail")));
        };
    }
}
