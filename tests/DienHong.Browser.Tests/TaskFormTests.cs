using System.Net.Http.Json;
using System.Text.Json;
using DienHong.Testing;
using Microsoft.Playwright;
using Shouldly;
using static Microsoft.Playwright.Assertions;

namespace DienHong.Browser.Tests;

/// <summary>
/// The head rejects HR's salary step in the browser: the rejection needs its legal ground, so the first click names
/// the field and sends nothing; with the ground filled and a document attached, the task is decided, and the journal
/// and the case's documents have both.
/// </summary>
public sealed class TaskFormTests
{
    [ChromiumFact]
    public async Task A_rejection_needs_its_legal_ground_then_goes_with_an_attachment()
    {
        await using var session = await BrowserSession.StartAsync();
        var server = session.Server;
        var task = await InboxTests.HeadTaskAsync(server);

        var page = await session.SignedInAsync("e0101", "/inbox");

        await page.Locator($"[data-testid=inbox-item][data-task='{task}']").ClickAsync();
        var panel = page.GetByTestId("task-panel");
        var ground = panel.GetByTestId("field-legalGround");
        await panel.GetByRole(AriaRole.Button, new() { Name = "Từ chối" }).ClickAsync();
        await Expect(ground.Locator("xpath=ancestor::div[contains(concat(' ', @class, ' '), ' mud-input-control ')][1]")).ToContainTextAsync("Cần điền để chọn «Từ chối».");

        await ground.FillAsync("Điều 2.1.b Thông tư 08/2013/TT-BNV: đang bị kỷ luật.");
        await panel.Locator("input[type=file]").SetInputFilesAsync(new FilePayload { Name = "quyet-dinh-ky-luat.pdf", MimeType = "application/pdf", Buffer = "%PDF-1.7\n%%EOF\n"u8.ToArray() });
        await Expect(panel.GetByTestId("attached-file")).ToHaveTextAsync("quyet-dinh-ky-luat.pdf");
        await BrowserSession.ScreenshotAsync(page, "task-form-vi-1280x900.png");
        await panel.GetByRole(AriaRole.Button, new() { Name = "Từ chối" }).ClickAsync();
        await Expect(page.GetByText("Đã ghi nhận: Người đứng đầu quyết định nâng bậc — Từ chối")).ToBeVisibleAsync();

        var head = await server.BearerAsync("e0101");
        var instance = task.Split('.')[0];
        var journal = await head.GetFromJsonAsync<JsonElement>($"/api/v1/instances/{instance}/journal?pageSize=100");
        var decided = journal.GetProperty("items").EnumerateArray().Single(e => e.GetProperty("event").GetString() == "TaskCompleted" && e.GetProperty("nodeId").GetString() == "head-decide");
        decided.GetProperty("outcome").GetString().ShouldBe("Reject");
        var documents = await head.GetFromJsonAsync<JsonElement>($"/api/v1/instances/{instance}/attachments");
        documents.EnumerateArray().Select(d => d.GetProperty("name").GetString()).ShouldBe(["quyet-dinh-ky-luat.pdf"]);
        decided.GetProperty("data").GetProperty("attachments")[0].GetString().ShouldBe(documents[0].GetProperty("id").GetString());
        var variables = (await head.GetFromJsonAsync<JsonElement>($"/api/v1/instances/{instance}")).GetProperty("variables");
        variables.GetRawText().ShouldContain("Điều 2.1.b Thông tư 08/2013/TT-BNV: đang bị kỷ luật.");
    }
}
