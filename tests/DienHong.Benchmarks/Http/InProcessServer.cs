using System.Security.Claims;
using DienHong.Server;
using DienHong.Web.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace DienHong.Benchmarks.Http;

/// <summary>
/// The real server composed in this process on a data folder (every service, its start included), for the work that
/// needs no HTTP: generating the data set and the inbox query through the service.
/// </summary>
public sealed class InProcessServer : IAsyncDisposable
{
    private readonly WebApplication app;

    private InProcessServer(WebApplication app) => this.app = app;

    public IServiceProvider Services => app.Services;

    public static async Task<InProcessServer> StartAsync(string dataFolder)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            ContentRootPath = AppContext.BaseDirectory,
            Args = [.. ServerChild.Settings(dataFolder, "http://127.0.0.1:0")],
        });
        var server = new InProcessServer(ServerProgram.Build(builder));
        await server.app.StartAsync();
        return server;
    }

    /// <summary>The person as the server's endpoints see them when they are signed in.</summary>
    public PersonAccess Person(string personId) =>
        Services.GetRequiredService<CurrentPerson>().Resolve(new ClaimsPrincipal(new ClaimsIdentity([new Claim(DienHongClaims.Person, personId), new Claim(ClaimTypes.Name, personId)], "benchmark")));

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
