using System.Net.Http.Json;
using System.Text.Json;
using DienHong.Server.Testing;
using DienHong.Testing;
using Microsoft.Playwright;
using Shouldly;
using static Microsoft.Playwright.Assertions;

namespace DienHong.Browser.Tests;

/// <summary>The head of the office signs in, finds HR's salary-step case waiting in the inbox with the case beside it, and approves it.</summary>
public sealed class InboxTests
{
    [ChromiumFact]
    public async Task The_head_sees_the_task_in_the_inbox_and_approves_it()
    {
        await using var session = await BrowserSession.StartAsync();
        var server = session.Server;
        var task = await HeadTaskAsync(server);

        var page = await session.SignedInAsync("e0101", "/inbox", 390, 844);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Việc của tôi" })).ToBeVisibleAsync();

        var item = page.Locator($"[data-testid=inbox-item][data-task='{task}']");
        await Expect(item).ToContainTextAsync("Người đứng đầu quyết định nâng bậc");
        await Expect(item.GetByTestId("due-chip")).ToHaveTextAsync("còn 5 ngày làm việc");
        await item.ClickAsync();
        var panel = page.GetByTestId("task-panel");
        // The last five steps of the case's journal, the newest last: the head's task given to them.
        var steps = panel.GetByTestId("history-line");
        await Expect(steps).ToHaveCountAsync(5);
        await Expect(steps.Nth(3)).ToContainTextAsync("Tổ chức cán bộ lập danh sách và dự thảo quyết định · Xử lý xong → Đã trình · Đặng Thị Thu Hà");
        await Expect(steps.Last).ToContainTextAsync("Người đứng đầu quyết định nâng bậc · Giao việc");
        await BrowserSession.ScreenshotAsync(page, "inbox-vi-390x844.png");

        await panel.GetByLabel("Ý kiến").FillAsync("Đồng ý nâng bậc.");
        await panel.GetByRole(AriaRole.Button, new() { Name = "Phê duyệt" }).ClickAsync();
        await Expect(page.GetByText("Đã ghi nhận: Người đứng đầu quyết định nâng bậc — Phê duyệt")).ToBeVisibleAsync();
        await Expect(item).ToHaveCountAsync(0);

        var journal = await (await server.BearerAsync("e0101")).GetFromJsonAsync<JsonElement>($"/api/v1/instances/{task.Split('.')[0]}/journal");
        var decided = journal.GetProperty("items").EnumerateArray().Single(e => e.GetProperty("event").GetString() == "TaskCompleted" && e.GetProperty("nodeId").GetString() == "head-decide");
        (decided.GetProperty("actor").GetString(), decided.GetProperty("outcome").GetString(), decided.GetProperty("comment").GetString()).ShouldBe(("E0101", "Approve", "Đồng ý nâng bậc."));
    }

    /// <summary>HR starts a salary-step case in the office and submits it: the head's decision is waiting. Its task id.</summary>
    internal static async Task<string> HeadTaskAsync(ServerFactory server)
    {
        var hr = await server.BearerAsync("e0104");
        var started = await PostAsync(hr, "/api/v1/instances", new
        {
            workflow = "salary-step-regular",
            agency = "van-phong",
            input = new { employeeId = "E0110", gradeLevel = "college", lastStepDate = "2020-01-01", completedDuties = true },
        });
        var prepare = started.GetProperty("openTasks")[0].GetProperty("id").GetString()!;
        await PostAsync(hr, $"/api/v1/tasks/{prepare}/claim", new { });
        var submitted = await PostAsync(hr, $"/api/v1/tasks/{prepare}/complete", new { outcome = "Submitted" });
        return submitted.GetProperty("openTasks")[0].GetProperty("id").GetString()!;
    }

    private static async Task<JsonElement> PostAsync(HttpClient client, string url, object body)
    {
        using var response = await client.PostAsJsonAsync(url, body);
        var text = await response.Content.ReadAsStringAsync();
        response.IsSuccessStatusCode.ShouldBeTrue(text);
        return JsonDocument.Parse(text).RootElement.Clone();
    }
}
