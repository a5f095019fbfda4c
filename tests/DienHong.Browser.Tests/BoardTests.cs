using System.Net.Http.Json;
using System.Text.Json;
using DienHong.Server.Testing;
using DienHong.Testing;
using Microsoft.Playwright;
using Shouldly;
using static Microsoft.Playwright.Assertions;

namespace DienHong.Browser.Tests;

/// <summary>A member of the office objects to a posted salary step on the board; the union chair finds the objection and dismisses it with a reply.</summary>
public sealed class BoardTests : IDisposable
{
    private static readonly string[] Proof = ["https://chauthanh.gov.vn/cong-khai/niem-yet-bang-tin.jpg"];

    private readonly DataFolder folder = new();

    [ChromiumFact]
    public async Task Staff_object_on_the_board_and_the_union_chair_answers()
    {
        await using var server = new ServerFactory(folder.Path, realSocket: true);
        var address = server.Address;
        var instance = await PostedAsync(server);

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Chromium.LaunchAsync(playwright);

        var staff = await SignedInAsync(browser, address, server, "e0110");
        var card = staff.Locator("[data-testid=disclosure-card]").Filter(new() { HasText = "E0106" });
        await Expect(card.GetByTestId("due-chip")).ToContainTextAsync("ngày làm việc");
        await Expect(card).ToContainTextAsync("Đặng Thị Thu Hà");
        await card.GetByLabel("Nội dung phản ánh").FillAsync("Chưa đủ 36 tháng giữ bậc");
        await card.GetByRole(AriaRole.Button, new() { Name = "Gửi phản ánh" }).ClickAsync();
        await Expect(staff.GetByText("Đã gửi phản ánh về")).ToBeVisibleAsync();
        await Expect(card.GetByTestId("objection")).ToContainTextAsync("Chưa đủ 36 tháng giữ bậc");
        await staff.ScreenshotAsync(new() { Path = Path.Combine(Chromium.Artifacts, "board-staff-vi.png"), FullPage = true });

        var chair = await SignedInAsync(browser, address, server, "e0102");
        await chair.GetByRole(AriaRole.Tab, new() { Name = "Phản ánh cần trả lời" }).ClickAsync();
        var objection = chair.GetByTestId("answer-list").GetByTestId("objection");
        await Expect(objection).ToContainTextAsync("Chưa đủ 36 tháng giữ bậc");
        await Expect(objection).ToContainTextAsync("Tô Văn Lợi");
        await objection.GetByLabel("Nội dung trả lời").FillAsync("Đã đủ 36 tháng tính đến 01/01/2023.");
        await objection.GetByRole(AriaRole.Button, new() { Name = "Không chấp nhận" }).ClickAsync();
        await Expect(chair.GetByText("Đã trả lời phản ánh số 1.")).ToBeVisibleAsync();
        await Expect(objection.GetByTestId("objection-reply")).ToContainTextAsync("Không được chấp nhận");
        await chair.ScreenshotAsync(new() { Path = Path.Combine(Chromium.Artifacts, "board-union-chair-vi.png"), FullPage = true });

        var journal = await (await server.BearerAsync("e0102")).GetFromJsonAsync<JsonElement>($"/api/v1/instances/{instance}/journal?pageSize=100");
        var events = journal.GetProperty("items").EnumerateArray().ToList();
        events.Single(e => e.GetProperty("event").GetString() == "ObjectionReceived").GetProperty("actor").GetString().ShouldBe("E0110");
        events.Single(e => e.GetProperty("event").GetString() == "ObjectionAnswered").GetProperty("actor").GetString().ShouldBe("E0102");
    }

    public void Dispose() => folder.Dispose();

    private static async Task<IPage> SignedInAsync(IBrowser browser, Uri address, ServerFactory server, string account)
    {
        var context = await browser.NewContextAsync(new() { BaseURL = address.ToString(), ViewportSize = new() { Width = 1280, Height = 900 } });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/disclosures");
        await page.GetByLabel("Tên đăng nhập").FillAsync(account);
        await page.GetByLabel("Mật khẩu").FillAsync(server.DemoPassword!);
        await page.GetByRole(AriaRole.Button, new() { Name = "Đăng nhập" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Bảng công khai" })).ToBeVisibleAsync();
        await Expect(page.Locator("[data-interactive=true]")).ToHaveCountAsync(1);
        return page;
    }

    /// <summary>HR starts a salary step for E0106 in the office, the head approves it and HR posts it: the case's id.</summary>
    private static async Task<string> PostedAsync(ServerFactory server)
    {
        var hr = await server.BearerAsync("e0104");
        var started = await PostAsync(hr, "/api/v1/instances", new
        {
            workflow = "salary-step-regular",
            agency = "van-phong",
            input = new { employeeId = "E0106", gradeLevel = "college", lastStepDate = "2020-01-01", completedDuties = true },
        });
        var submitted = await PostAsync(hr, $"/api/v1/tasks/{Task(started)}/complete", new { outcome = "Submitted" });
        var approved = await PostAsync(await server.BearerAsync("e0101"), $"/api/v1/tasks/{Task(submitted)}/complete", new { outcome = "Approve" });
        await PostAsync(hr, $"/api/v1/tasks/{Task(approved)}/complete", new { outcome = "Posted", attachments = Proof });
        return started.GetProperty("id").GetString()!;
    }

    private static string Task(JsonElement result) => result.GetProperty("openTasks")[0].GetProperty("id").GetString()!;

    private static async Task<JsonElement> PostAsync(HttpClient client, string url, object body)
    {
        using var response = await client.PostAsJsonAsync(url, body);
        var text = await response.Content.ReadAsStringAsync();
        response.IsSuccessStatusCode.ShouldBeTrue(text);
        return JsonDocument.Parse(text).RootElement.Clone();
    }
}
