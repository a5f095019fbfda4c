using System.Net;
using System.Text.Json;
using DienHong.Server.Testing;
using Shouldly;

namespace DienHong.Server.Tests;

/// <summary><c>/api/v1/me</c> answers the same for the cookie and the bearer token, and 401 without either.</summary>
public sealed class MeTests(SharedServer shared) : IClassFixture<SharedServer>
{
    private ServerFactory Server => shared.Server;

    [Fact]
    public async Task Anonymous_gets_a_401_problem()
    {
        var response = await Server.Browser().GetAsync("/api/v1/me");
        response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
    }

    [Fact]
    public async Task The_cookie_gives_the_person_their_agencies_and_roles()
    {
        var me = await MeAsync(await Server.SignedInAsync("e0102"));
        me.GetProperty("userName").GetString().ShouldBe("e0102");
        me.GetProperty("person").GetProperty("id").GetString().ShouldBe("E0102");
        var agencies = me.GetProperty("agencies").EnumerateArray().ToDictionary(a => a.GetProperty("id").GetString()!, a => a.GetProperty("roles").EnumerateArray().Select(r => r.GetString()).ToList());
        agencies.Keys.ShouldBe(["van-phong", "ubnd-huyen"]);
        agencies["van-phong"].ShouldBe(["deputy", "union-chair", "union-committee", "staff"]);
        agencies["ubnd-huyen"].ShouldBe(["union-chair", "union-committee"]);
        me.GetProperty("appRoles").GetArrayLength().ShouldBe(0);
    }

    [Fact]
    public async Task The_bearer_token_gives_the_same_answer_as_the_cookie()
    {
        var byCookie = await MeAsync(await Server.SignedInAsync("e0101"));
        var byToken = await MeAsync(await Server.BearerAsync("e0101"));
        byToken.GetRawText().ShouldBe(byCookie.GetRawText());
    }

    [Fact]
    public async Task An_administration_account_has_its_app_role_and_no_person()
    {
        var me = await MeAsync(await Server.BearerAsync("system-admin"));
        me.GetProperty("person").ValueKind.ShouldBe(JsonValueKind.Null);
        me.GetProperty("agencies").GetArrayLength().ShouldBe(0);
        me.GetProperty("appRoles").EnumerateArray().Select(r => r.GetString()).ShouldBe(["system-admin"]);
    }

    [Fact]
    public async Task A_forged_bearer_token_is_refused()
    {
        var client = Server.CreateClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", "not-a-token");
        (await client.GetAsync("/api/v1/me")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    private static async Task<JsonElement> MeAsync(HttpClient client)
    {
        var response = await client.GetAsync("/api/v1/me");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
    }
}
