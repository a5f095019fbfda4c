using System.Net.Http.Json;
using System.Text.Json;
using DienHong.Server.Testing;
using DienHong.Testing;
using Microsoft.Playwright;
using Shouldly;
using static Microsoft.Playwright.Assertions;

namespace DienHong.Browser.Tests;

/// <summary>A member of the office objects to a posted salary step on the board; the union chair finds the objection and dismisses it with a reply.</summary>
public sealed class BoardTests
{
    private static readonly string[] Proof = ["https://chauthanh.gov.vn/cong-khai/niem-yet-bang-tin.jpg"];

    [ChromiumFact]
    public async Task Staff_object_on_the_board_and_the_union_chair_answers()
    {
        await using var session = await BrowserSession.StartAsync();
        var server = session.Server;
        var instance = await PostedAsync(server);


        var staff = await SignedInAsync(session, "e0110");
        var card = staff.Locator("[data-testid=disclosure-card]").Filter(new() { HasText = "E0106" });
        await Expect(card.GetByTestId("due-chip")).ToContainTextAsync("ngày làm việc");
        await Expect(card).ToContainTextAsync("Đặng Thị Thu Hà");
        await card.GetByLabel("Nội dung phản ánh").FillAsync("Chưa đủ 36 tháng giữ bậc");
        await card.GetByRole(AriaRole.Button, new() { Name = "Gửi phản ánh" }).ClickAsync();
        await Expect(staff.GetByText("Đã gửi phản ánh về")).ToBeVisibleAsync();
        await Expect(card.GetByTestId("objection")).ToContainTextAsync("Chưa đủ 36 tháng giữ bậc");
        await BrowserSession.ScreenshotAsync(staff, "board-staff-vi.png");

        var chair = await SignedInAsync(session, "e0102");
        await chair.GetByRole(AriaRole.Tab, new() { Name = "Phản ánh cần trả lời" }).ClickAsync();
        var objection = chair.GetByTestId("answer-list").GetByTestId("objection");
        await Expect(objection).ToContainTextAsync("Chưa đủ 36 tháng giữ bậc");
        await Expect(objection).ToContainTextAsync("Tô Văn Lợi");
        await objection.GetByLabel("Nội dung trả lời").FillAsync("Đã đủ 36 tháng tính đến 01/01/2023.");
        await objection.GetByRole(AriaRole.Button, new() { Name = "Không chấp nhận" }).ClickAsync();
        await Expect(chair.GetByText("Đã trả lời phản ánh số 1.")).ToBeVisibleAsync();
        await Expect(objection.GetByTestId("objection-reply")).ToContainTextAsync("Không được chấp nhận");
        await BrowserSession.ScreenshotAsync(chair, "board-union-chair-vi.png");

        var journal = await (await server.BearerAsync("e0102")).GetFromJsonAsync<JsonElement>($"/api/v1/instances/{instance}/journal?pageSize=100");
        var events = journal.GetProperty("items").EnumerateArray().ToList();
        events.Single(e => e.GetProperty("event").GetString() == "ObjectionReceived").GetProperty("actor").GetString().ShouldBe("E0110");
        events.Single(e => e.GetProperty("event").GetString() == "ObjectionAnswered").GetProperty("actor").GetString().ShouldBe("E0102");
    }

    private static async Task<IPage> SignedInAsync(BrowserSession session, string account)
    {
        var page = await session.SignedInAsync(account, "/disclosures");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Bảng công khai" })).ToBeVisibleAsync();
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
