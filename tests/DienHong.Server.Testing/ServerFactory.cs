using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using DienHong.Server.Startup;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace DienHong.Server.Testing;

/// <summary>
/// The real server (every service, real SQLite files) on a data folder of the test's, in memory or, with
/// <see cref="RealSocket"/>, on a loopback port a browser can reach. What the server prints at start is kept in
/// <see cref="Output"/>; <see cref="DemoPassword"/> is read from it.
/// </summary>
public sealed partial class ServerFactory(string dataFolder, IReadOnlyDictionary<string, string?>? settings = null, bool realSocket = false)
    : WebApplicationFactory<Program>
{
    private readonly StringWriter output = new();

    public string DataFolder { get; } = dataFolder;

    /// <summary>Listens on a free loopback port (browser tests) instead of the in-memory test server.</summary>
    public bool RealSocket { get; } = realSocket;

    public string Output => output.ToString();

    /// <summary>The server's clock instead of the system's (a <see cref="ShiftedClock"/> to let weeks pass); set before the server starts.</summary>
    public TimeProvider? Clock { get; init; }

    /// <summary>The demo password printed at the first start (null when none was printed).</summary>
    public string? DemoPassword => PasswordLine().Match(Output) is { Success: true } m ? m.Groups[1].Value : null;

    /// <summary>The address the server listens on (with <see cref="RealSocket"/>).</summary>
    public Uri Address
    {
        get
        {
            StartServer();
            var addresses = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
            return new Uri(addresses.First());
        }
    }

    /// <summary>Starts the server (first start work included) and returns this.</summary>
    public ServerFactory Started()
    {
        StartServer();
        return this;
    }

    /// <summary>A client that keeps cookies and does not follow redirects.</summary>
    public HttpClient Browser() => CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    /// <summary>A client signed in by the sign-in form as <paramref name="userName"/> (a demo account: the demo password).</summary>
    public async Task<HttpClient> SignedInAsync(string userName, string? password = null)
    {
        var client = Browser();
        var response = await SignInAsync(client, userName, password ?? DemoPassword!);
        if (response.StatusCode != HttpStatusCode.Redirect || response.Headers.Location?.OriginalString.Contains("error=", StringComparison.Ordinal) == true)
        {
            throw new InvalidOperationException($"Sign-in as {userName} failed: {response.StatusCode} {response.Headers.Location}");
        }

        return client;
    }

    /// <summary>Posts the sign-in form as a browser would (antiforgery token from the page included).</summary>
    public static async Task<HttpResponseMessage> SignInAsync(HttpClient client, string userName, string password, string returnUrl = "/")
    {
        var token = await AntiforgeryTokenAsync(client, "/account/login");
        return await client.PostAsync("/account/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["userName"] = userName,
            ["password"] = password,
            ["returnUrl"] = returnUrl,
            ["__RequestVerificationToken"] = token,
        }));
    }

    /// <summary>The antiforgery token of the form on <paramref name="page"/>.</summary>
    public static async Task<string> AntiforgeryTokenAsync(HttpClient client, string page)
    {
        var html = await client.GetStringAsync(page);
        return TokenField().Match(html) is { Success: true } m ? WebUtility.HtmlDecode(m.Groups[1].Value) : throw new InvalidOperationException($"No antiforgery token on {page}.");
    }

    /// <summary>A client carrying a bearer token issued to <paramref name="userName"/> by <c>/api/v1/auth/token</c>.</summary>
    public async Task<HttpClient> BearerAsync(string userName, string? password = null)
    {
        var client = CreateClient();
        var response = await client.PostAsJsonAsync("/api/v1/auth/token", new { userName, password = password ?? DemoPassword });
        response.EnsureSuccessStatusCode();
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        client.DefaultRequestHeaders.Authorization = new("Bearer", body.RootElement.GetProperty("accessToken").GetString());
        return client;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("DienHong:DataFolder", DataFolder);
        builder.UseSetting("DienHong:Language", "en");
        builder.UseSetting("urls", "http://127.0.0.1:0");
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton(new ServerConsole(output));
            if (Clock is { } clock)
            {
                services.AddSingleton(clock);
            }
        });
        if (RealSocket)
        {
            // A port given in the URL is ignored by the test host; an explicit listener on port 0 is not.
            UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        }
    }

    [GeneratedRegex(@"Demo password[^:]*: (\S+)")]
    private static partial Regex PasswordLine();

    [GeneratedRegex("name=\"__RequestVerificationToken\"[^>]*value=\"([^\"]+)\"")]
    private static partial Regex TokenField();
}
