using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using DienHong.Testing;
using Microsoft.Playwright;
using Shouldly;
using static Microsoft.Playwright.Assertions;

namespace DienHong.Browser.Tests;

/// <summary>
/// The workflow administrator adapts a catalog workflow (tùy chỉnh quy trình mẫu): lengthens the staff consultation
/// of the internal regulation in the property panel, sees the change in the diff against the published version,
/// publishes the next version, and a case started on the earlier version stays on it while new cases take the new one.
/// </summary>
public sealed class DesignerVersionTests
{
    private const string Key = "internal-regulation";

    [ChromiumFact]
    public async Task An_administrator_lengthens_a_consultation_sees_the_diff_publishes_and_a_running_case_stays_on_its_version()
    {
        await using var session = await BrowserSession.StartAsync();
        var hr = await session.Server.BearerAsync("e0104");
        var before = await StartAsync(hr);
        var published = await VersionOfAsync(hr, before);

        var page = await session.SignedInAsync("workflow-admin", $"/designer/{Key}");
        await page.GetByTestId("edit-as-draft").ClickAsync();
        await Expect(page.GetByTestId("canvas")).ToHaveAttributeAsync("data-readonly", "false");
        await page.Locator("[data-testid=canvas-node][data-node=consult-staff]").ClickAsync();
        await page.GetByRole(AriaRole.Tab, new() { Name = "Thuộc tính" }).ClickAsync();
        var deadline = page.Locator("[data-testid=node-properties] [data-testid=property][data-path=deadline]");
        var amount = deadline.Locator("[data-testid=duration-amount] input, input[data-testid=duration-amount]").First;
        await Expect(amount).ToHaveValueAsync("10");
        await amount.FillAsync("15");
        await amount.PressAsync("Tab");
        await Expect(page.GetByTestId("save-state")).ToHaveTextAsync("Có thay đổi chưa lưu");
        await page.GetByTestId("save").ClickAsync();
        await Expect(page.GetByTestId("save-state")).ToHaveTextAsync("Đã lưu");

        await page.GetByRole(AriaRole.Tab, new() { Name = "Phiên bản" }).ClickAsync();
        await Expect(page.GetByTestId($"version-{published + 1}")).ToBeVisibleAsync();
        await page.GetByTestId("compare").ClickAsync();
        var change = page.GetByTestId("diff-change");
        await Expect(change).ToHaveCountAsync(1);
        await Expect(change).ToContainTextAsync("deadline");
        await Expect(change).ToContainTextAsync("15");
        await Expect(page.Locator("[data-testid=canvas-node][data-node=consult-staff]")).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("dh-node-marked"));

        await page.GetByTestId("publish").ClickAsync();
        await Expect(page.GetByTestId("version-line")).ToContainTextAsync("đã ban hành");
        await Expect(page.GetByTestId($"running-{published}")).ToHaveTextAsync("1");
        await Expect(page.GetByTestId($"running-{published + 1}")).ToHaveTextAsync("0");

        (await VersionOfAsync(hr, before)).ShouldBe(published);
        var after = await StartAsync(hr);
        (await VersionOfAsync(hr, after)).ShouldBe(published + 1);
    }

    private static async Task<string> StartAsync(HttpClient hr)
    {
        var response = await hr.PostAsJsonAsync("/api/v1/instances", new
        {
            workflow = Key,
            agency = "van-phong",
            input = new { regulationKind = "working-rules", title = "Nội quy cơ quan" },
        });
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return body.RootElement.GetProperty("id").GetString()!;
    }

    private static async Task<int> VersionOfAsync(HttpClient hr, string id)
    {
        using var body = JsonDocument.Parse(await hr.GetStringAsync($"/api/v1/instances/{id}"));
        return body.RootElement.GetProperty("workflowVersion").GetInt32();
    }
}
