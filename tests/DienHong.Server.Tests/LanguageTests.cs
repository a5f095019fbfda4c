using System.Net;
using DienHong.Server.Accounts;
using DienHong.Server.Testing;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;

namespace DienHong.Server.Tests;

/// <summary>
/// The language per person (ngôn ngữ theo người dùng): the switch saves it on the account of whoever is signed in; a
/// later sign-in, in any browser, opens the pages in it; the API answers in it when a request names no language.
/// </summary>
public sealed class LanguageTests : IAsyncLifetime, IDisposable
{
    private readonly DataFolder folder = new();
    private ServerFactory server = null!;

    public Task InitializeAsync()
    {
        server = new ServerFactory(folder.Path).Started();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task The_chosen_language_survives_signing_out_and_in_from_another_browser()
    {
        var first = await server.SignedInAsync("e0101");
        Lang(await first.GetStringAsync("/")).ShouldBe("vi");
        await ChooseAsync(first, "en-GB");
        Lang(await first.GetStringAsync("/")).ShouldBe("en");
        await SignOutAsync(first);

        // A browser that never chose anything: the sign-in brings the account's language.
        var other = await server.SignedInAsync("e0101");
        Lang(await other.GetStringAsync("/")).ShouldBe("en");
        (await UserAsync("e0101")).Language.ShouldBe("en-GB");

        // Someone else signing in on the English browser gets their own language (Vietnamese by default).
        await SignOutAsync(other);
        (await ServerFactory.SignInAsync(other, "e0104", server.DemoPassword!)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        Lang(await other.GetStringAsync("/")).ShouldBe("vi");
    }

    [Fact]
    public async Task Choosing_a_language_signed_out_saves_nothing()
    {
        var visitor = server.Browser();
        await ChooseAsync(visitor, "en-GB", "/account/login");
        Lang(await visitor.GetStringAsync("/account/login")).ShouldBe("en");
        (await UserAsync("e0101")).Language.ShouldBeNull();
    }

    [Fact]
    public async Task The_API_answers_in_the_accounts_language_unless_the_request_names_one()
    {
        var browser = await server.SignedInAsync("e0104");
        await ChooseAsync(browser, "en-GB");
        var bearer = await server.BearerAsync("e0104");
        foreach (var client in new[] { browser, bearer })
        {
            var en = await client.GetAsync("/api/v1/instances/nope").ProblemAsync(HttpStatusCode.NotFound, "instance.not-found");
            en.String("detail").ShouldBe("Instance 'nope' does not exist.");

            using var vietnamese = new HttpRequestMessage(HttpMethod.Get, "/api/v1/instances/nope");
            vietnamese.Headers.AcceptLanguage.ParseAdd("vi");
            var vi = await client.SendAsync(vietnamese).ProblemAsync(HttpStatusCode.NotFound, "instance.not-found");
            vi.String("detail").ShouldBe("Hồ sơ 'nope' không tồn tại.");
        }

        var head = await server.BearerAsync("e0101");
        (await head.GetAsync("/api/v1/instances/nope").ProblemAsync(HttpStatusCode.NotFound)).String("detail").ShouldBe("Hồ sơ 'nope' không tồn tại.");
    }

    public async Task DisposeAsync() => await server.DisposeAsync();

    public void Dispose() => folder.Dispose();

    private static async Task ChooseAsync(HttpClient client, string culture, string page = "/")
    {
        var token = await ServerFactory.AntiforgeryTokenAsync(client, page);
        var response = await client.PostAsync("/culture", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["culture"] = culture,
            ["returnUrl"] = page,
            ["__RequestVerificationToken"] = token,
        }));
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
    }

    private static async Task SignOutAsync(HttpClient client)
    {
        var token = await ServerFactory.AntiforgeryTokenAsync(client, "/");
        var response = await client.PostAsync("/account/logout", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));
        response.Headers.Location!.OriginalString.ShouldBe("/account/login");
    }

    private static string Lang(string html) => System.Text.RegularExpressions.Regex.Match(html, "<html lang=\"([a-z]+)\"").Groups[1].Value;

    private async Task<ServerUser> UserAsync(string userName)
    {
        using var scope = server.Services.CreateScope();
        return (await scope.ServiceProvider.GetRequiredService<UserManager<ServerUser>>().FindByNameAsync(userName)).ShouldNotBeNull();
    }
}
