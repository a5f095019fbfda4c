using DienHong.Server.Testing;
using DienHong.Testing;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace DienHong.Browser.Tests;

/// <summary>The head of the office opens HR's salary-step case from the case list, on a phone: the timeline and the current step on the flowchart, then cancels it.</summary>
public sealed class CasesTests : IDisposable
{
    private readonly DataFolder folder = new();

    [ChromiumFact]
    public async Task The_head_opens_a_case_from_the_list_and_sees_its_timeline_and_current_step()
    {
        await using var server = new ServerFactory(folder.Path, realSocket: true);
        var address = server.Address;
        var caseId = (await InboxTests.HeadTaskAsync(server)).Split('.')[0];

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Chromium.LaunchAsync(playwright);
        await using var context = await browser.NewContextAsync(new() { BaseURL = address.ToString(), ViewportSize = new() { Width = 390, Height = 844 } });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/cases");
        await Chromium.SignInAsync(page, "e0101", server.DemoPassword!);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Hồ sơ", Exact = true })).ToBeVisibleAsync();
        await Expect(page.Locator("[data-interactive=true]")).ToHaveCountAsync(1);

        var link = page.Locator($"a[href='cases/{caseId}']");
        await Expect(link).ToBeVisibleAsync(new() { Timeout = 30_000 });
        await page.ScreenshotAsync(new() { Path = Path.Combine(Chromium.Artifacts, "cases-vi-390x844.png"), FullPage = true });
        await link.ClickAsync();

        // The page loads the case, its whole journal and its verification: on a machine busy with other builds that takes more than the default 5 s.
        await Expect(page.GetByTestId("case-header")).ToContainTextAsync("Đặng Thị Thu Hà khởi tạo lúc", new() { Timeout = 30_000 });
        await Expect(page.GetByTestId("timeline-text").Last).ToHaveTextAsync("Bước “Người đứng đầu quyết định nâng bậc” chờ Người đứng đầu, Văn phòng Hội đồng nhân dân và Ủy ban nhân dân huyện xử lý");
        var current = page.Locator("[data-node=head-decide]");
        await Expect(current).ToHaveAttributeAsync("data-state", "current");
        await Expect(page.Locator("[data-state=visited]").First).ToBeAttachedAsync();
        await current.FocusAsync();
        await Expect(current).ToBeFocusedAsync();
        await Expect(page.GetByTestId("journal-check")).ToHaveAttributeAsync("data-intact", "true");
        await Expect(page.GetByTestId("go-to-task")).ToBeVisibleAsync();
        await page.ScreenshotAsync(new() { Path = Path.Combine(Chromium.Artifacts, "case-vi-390x844.png"), FullPage = true });

        // The head may cancel: the reason goes to the journal, and the page shows the case ended.
        await page.GetByLabel("Lý do hủy").FillAsync("Hồ sơ lập trùng.");
        await page.GetByTestId("cancel").ClickAsync();
        await Expect(page.GetByTestId("status-chip")).ToHaveTextAsync("Đã hủy", new() { Timeout = 30_000 });
        await Expect(page.GetByTestId("timeline-text").Last).ToHaveTextAsync("Phạm Văn Thành đã hủy hồ sơ");
        await Expect(page.GetByText("Hồ sơ lập trùng.")).ToBeVisibleAsync();
        await Expect(page.Locator("[data-state=current]")).ToHaveCountAsync(0);
        await Expect(page.GetByTestId("case-actions")).ToHaveCountAsync(0);
    }

    public void Dispose() => folder.Dispose();
}
