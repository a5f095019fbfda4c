using DienHong.Testing;
using Microsoft.Playwright;
using Shouldly;
using static Microsoft.Playwright.Assertions;

namespace DienHong.Browser.Tests;

/// <summary>The head of the office opens HR's salary-step case from the case list, on a phone (each row saying whose step it is): the timeline and the current step on the flowchart, then cancels it.</summary>
public sealed class CasesTests
{
    [ChromiumFact]
    public async Task The_head_opens_a_case_from_the_list_and_sees_its_timeline_and_current_step()
    {
        await using var session = await BrowserSession.StartAsync();
        var server = session.Server;
        var caseId = (await InboxTests.HeadTaskAsync(server)).Split('.')[0];

        var page = await session.SignedInAsync("e0101", "/cases", 390, 844);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Hồ sơ", Exact = true })).ToBeVisibleAsync();

        var link = page.Locator($"a[href='cases/{caseId}']");
        await Expect(link).ToBeVisibleAsync(new() { Timeout = 30_000 });
        // What the case is about, not only its key: the employee by name, on one line that does not widen the phone's page.
        var row = page.Locator("tr").Filter(new() { Has = link });
        await Expect(row.GetByTestId("case-summary")).ToBeVisibleAsync();
        await BrowserSession.ScreenshotAsync(page, "cases-vi-390x844.png");
        await Expect(row.GetByTestId("case-summary")).ToContainTextAsync("Mã người được xét nâng bậc: Tô Văn Lợi");
        (await page.EvaluateAsync<int>("document.documentElement.scrollWidth")).ShouldBeLessThanOrEqualTo(390);
        await Expect(row.GetByTestId("status-chip")).ToBeInViewportAsync(new() { Ratio = 1 });
        (await row.GetByTestId("case-summary").EvaluateAsync<double>("e => e.getBoundingClientRect().right")).ShouldBeLessThanOrEqualTo(390);
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
        await BrowserSession.ScreenshotAsync(page, "case-vi-390x844.png");

        // The head may cancel: the reason goes to the journal, and the page shows the case ended.
        await page.GetByLabel("Lý do hủy").FillAsync("Hồ sơ lập trùng.");
        await page.GetByTestId("cancel").ClickAsync();
        await Expect(page.GetByTestId("status-chip")).ToHaveTextAsync("Đã hủy", new() { Timeout = 30_000 });
        await Expect(page.GetByTestId("timeline-text").Last).ToHaveTextAsync("Phạm Văn Thành đã hủy hồ sơ");
        await Expect(page.GetByText("Hồ sơ lập trùng.")).ToBeVisibleAsync();
        await Expect(page.Locator("[data-state=current]")).ToHaveCountAsync(0);
        await Expect(page.GetByTestId("case-actions")).ToHaveCountAsync(0);
    }
}
