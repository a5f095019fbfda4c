using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using DienHong.Server.Testing;
using DienHong.Testing;
using Microsoft.Playwright;
using Shouldly;
using static Microsoft.Playwright.Assertions;

namespace DienHong.Browser.Tests;

/// <summary>A member of the office opens Opinions &amp; votes, gives an anonymous opinion and casts a confirmed ballot.</summary>
public sealed class VoicesTests
{
    [ChromiumFact]
    public async Task A_member_gives_an_anonymous_opinion_and_casts_a_ballot_from_the_page()
    {
        await using var session = await BrowserSession.StartAsync();
        var server = session.Server;
        var admin = await server.BearerAsync("workflow-admin");
        var draft = await SendAsync(admin, "/api/v1/definitions", VoiceWorkflow.Definition);
        await SendAsync(admin, $"/api/v1/definitions/{VoiceWorkflow.Key}/{draft.GetProperty("version").GetInt32()}/publish", "{}");
        var instance = (await SendAsync(await server.BearerAsync("e0104"), "/api/v1/instances", $"{{\"workflow\": \"{VoiceWorkflow.Key}\", \"agency\": \"van-phong\"}}")).GetProperty("id").GetString()!;

        var page = await session.SignedInAsync("e0110", "/voices");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Lấy ý kiến & biểu quyết", Level = 1 })).ToBeVisibleAsync();

        var consultation = page.GetByTestId("consultation").Filter(new() { HasText = "Lấy ý kiến quy chế chi tiêu" });
        await consultation.GetByTestId("opinion-send").ClickAsync();
        await Expect(consultation).ToContainTextAsync("Hãy nhập ý kiến trước khi gửi.");
        await consultation.GetByLabel("Ý kiến của bạn").FillAsync("Đề nghị công khai định mức chi.");
        await consultation.GetByLabel("Gửi ẩn danh").CheckAsync();
        await consultation.GetByTestId("opinion-send").ClickAsync();
        await Expect(page.GetByText("Đã gửi ý kiến.")).ToBeVisibleAsync();

        var ballot = page.GetByTestId("vote");
        await ballot.Locator("[data-question=E0105]").GetByLabel("Đồng ý", new() { Exact = true }).CheckAsync();
        await ballot.Locator("[data-question=E0106]").GetByLabel("Không đồng ý", new() { Exact = true }).CheckAsync();
        await ballot.GetByTestId("ballot-cast").ClickAsync();
        await Expect(ballot.GetByTestId("ballot-confirm")).ToContainTextAsync("Phiếu đã bỏ không sửa được.");
        await ballot.GetByTestId("ballot-confirm-cast").ClickAsync();
        await Expect(page.GetByText("Đã bỏ phiếu.")).ToBeVisibleAsync();
        await BrowserSession.ScreenshotAsync(page, "voices-vi-1280x900.png");

        var journal = await (await server.BearerAsync("e0101")).GetFromJsonAsync<JsonElement>($"/api/v1/instances/{instance}/journal?pageSize=100");
        var entries = journal.GetProperty("items").EnumerateArray().ToList();
        var opinion = entries.Single(e => e.GetProperty("event").GetString() == "OpinionReceived");
        opinion.GetProperty("actor").ValueKind.ShouldBe(JsonValueKind.Null);
        entries.Count(e => e.GetProperty("event").GetString() == "VoteCast").ShouldBe(1);
    }

    private static async Task<JsonElement> SendAsync(HttpClient client, string url, string json)
    {
        using var response = await client.PostAsync(url, new StringContent(json, Encoding.UTF8, "application/json"));
        var text = await response.Content.ReadAsStringAsync();
        response.IsSuccessStatusCode.ShouldBeTrue(text);
        return JsonDocument.Parse(text).RootElement.Clone();
    }
}
