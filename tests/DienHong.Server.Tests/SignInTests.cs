using System.Net;
using System.Net.Http.Json;
using DienHong.Server.Accounts;
using DienHong.Server.Testing;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;

namespace DienHong.Server.Tests;

/// <summary>Sign-in by the form: antiforgery, wrong passwords, lockout after 5, sign-out, and the forced password change.</summary>
/// <remarks>The tests share one server: each signs in as its own person (the lockout test as e0103 only).</remarks>
public sealed class SignInTests(SharedServer shared) : IClassFixture<SharedServer>
{
    private ServerFactory Server => shared.Server;

    [Fact]
    public async Task Signing_in_goes_back_to_the_page_asked_for_and_never_off_the_site()
    {
        var client = Server.Browser();
        (await ServerFactory.SignInAsync(client, "e0101", Server.DemoPassword!, "/cases")).Headers.Location!.OriginalString.ShouldBe("/cases");
        var other = Server.Browser();
        (await ServerFactory.SignInAsync(other, "e0101", Server.DemoPassword!, "//evil.example/x")).Headers.Location!.OriginalString.ShouldBe("/");
    }

    [Fact]
    public async Task A_page_asks_an_anonymous_visitor_to_sign_in()
    {
        var response = await Server.Browser().GetAsync("/cases");
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.AbsolutePath.ShouldBe("/account/login");
    }

    [Fact]
    public async Task The_form_without_its_antiforgery_token_is_refused()
    {
        var response = await Server.Browser().PostAsync("/account/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["userName"] = "e0101",
            ["password"] = Server.DemoPassword!,
        }));
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        response.Headers.Contains("Set-Cookie").ShouldBeFalse();
    }

    [Fact]
    public async Task Five_wrong_passwords_lock_the_account_even_for_the_right_one()
    {
        var client = Server.Browser();
        for (var i = 0; i < 4; i++)
        {
            (await ServerFactory.SignInAsync(client, "e0103", "Wrong-password-1")).Headers.Location!.OriginalString.ShouldContain("error=invalid");
        }

        (await ServerFactory.SignInAsync(client, "e0103", "Wrong-password-1")).Headers.Location!.OriginalString.ShouldContain("error=locked");
        (await ServerFactory.SignInAsync(client, "e0103", Server.DemoPassword!)).Headers.Location!.OriginalString.ShouldContain("error=locked");
        (await Server.CreateClient().PostAsJsonAsync("/api/v1/auth/token", new { userName = "e0103", password = Server.DemoPassword }))
            .StatusCode.ShouldBe(HttpStatusCode.Locked);
    }

    [Fact]
    public async Task The_login_page_shows_why_the_last_attempt_failed()
    {
        var client = Server.Browser();
        var location = (await ServerFactory.SignInAsync(client, "e0101", "Wrong-password-1")).Headers.Location!;
        var page = await client.GetStringAsync(location);
        page.ShouldContain("role=\"alert\"");
        page.ShouldContain("Tên đăng nhập hoặc mật khẩu không đúng.");
        page.ShouldContain("value=\"e0101\"");
    }

    [Fact]
    public async Task Signing_out_ends_the_session()
    {
        var client = await Server.SignedInAsync("e0101");
        (await client.GetAsync("/api/v1/me")).StatusCode.ShouldBe(HttpStatusCode.OK);
        var token = await ServerFactory.AntiforgeryTokenAsync(client, "/");
        var response = await client.PostAsync("/account/logout", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));
        response.Headers.Location!.OriginalString.ShouldBe("/account/login");
        (await client.GetAsync("/api/v1/me")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task A_temporary_password_must_be_changed_before_anything_else()
    {
        const string temporary = "Temporary-pass-1";
        using (var scope = Server.Services.CreateScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<ServerUser>>();
            (await users.CreateAsync(new ServerUser { UserName = "new.hr", PersonId = "E0104", MustChangePassword = true }, temporary)).Succeeded.ShouldBeTrue();
        }

        var client = Server.Browser();
        (await ServerFactory.SignInAsync(client, "new.hr", temporary)).Headers.Location!.OriginalString.ShouldBe("/account/password?forced=true");
        (await client.GetAsync("/cases")).Headers.Location!.OriginalString.ShouldBe("/account/password?forced=true");
        (await client.GetAsync("/api/v1/me")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await client.GetAsync("/api/v1/cases.csv")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await Server.CreateClient().PostAsJsonAsync("/api/v1/auth/token", new { userName = "new.hr", password = temporary })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        (await ChangeAsync(client, temporary, "short", "short")).ShouldContain("error=weak");
        (await ChangeAsync(client, temporary, "Long-enough-pass-2", "Long-enough-pass-3")).ShouldContain("error=mismatch");
        (await ChangeAsync(client, "Not-the-current-1", "Long-enough-pass-2", "Long-enough-pass-2")).ShouldContain("error=wrong");
        (await ChangeAsync(client, temporary, "Long-enough-pass-2", "Long-enough-pass-2")).ShouldBe("/");

        (await client.GetAsync("/api/v1/me")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await Server.BearerAsync("new.hr", "Long-enough-pass-2")).ShouldNotBeNull();
    }

    private static async Task<string> ChangeAsync(HttpClient client, string current, string next, string confirm)
    {
        var token = await ServerFactory.AntiforgeryTokenAsync(client, "/account/password");
        var response = await client.PostAsync("/account/password", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["currentPassword"] = current,
            ["newPassword"] = next,
            ["confirmPassword"] = confirm,
            ["__RequestVerificationToken"] = token,
        }));
        return response.Headers.Location!.OriginalString;
    }
}
