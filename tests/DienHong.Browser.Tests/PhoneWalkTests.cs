using DienHong.Testing;
using Microsoft.Playwright;
using Shouldly;
using static Microsoft.Playwright.Assertions;

namespace DienHong.Browser.Tests;

/// <summary>
/// HR of the office on a phone (390 × 844), in Vietnamese: the start of a case is confirmed in the launch form
/// without covering anything (the inbox's refresh button stays reachable), and every page, the new case's included,
/// fits the screen's width.
/// </summary>
public sealed class PhoneWalkTests
{
    private static readonly string[] Pages = ["/inbox", "/disclosures", "/voices", "/cases", "/reports", "/designer", "/launch"];

    [ChromiumFact]
    public async Task On_a_phone_the_start_confirmation_covers_nothing_and_every_page_fits_the_width()
    {
        await using var session = await BrowserSession.StartAsync();
        var page = await session.SignedInAsync("e0104", "/launch", 390, 844);
        var form = await SalaryStepForm.FillAsync(page, "Lợi", "Tô Văn Lợi (E0110)", "01/01/2020");
        await form.GetByTestId("start").ClickAsync();

        var started = form.GetByTestId("started");
        await Expect(started).ToContainTextAsync("Đã khởi tạo hồ sơ");
        await Expect(started.GetByTestId("started-close")).ToHaveTextAsync("Đóng");
        (await Reachable(page, "[data-testid=start]")).ShouldBeTrue();
        await page.ScreenshotAsync(new() { Path = Path.Combine(Chromium.Artifacts, "phone-launch-started-vi-390x844.png") });
        var link = (await started.GetByTestId("case-link").GetAttributeAsync("href")).ShouldNotBeNull();

        // In the same circuit, as a person goes on from the launch page: nothing left over the inbox's controls.
        await page.EvaluateAsync("Blazor.navigateTo('/inbox')");
        await Expect(page.GetByTestId("refresh")).ToBeVisibleAsync();
        (await Reachable(page, "[data-testid=refresh]")).ShouldBeTrue();

        foreach (var path in Pages.Append(link))
        {
            await page.GotoAsync(path);
            await Expect(page.Locator("[data-interactive=true]")).ToHaveCountAsync(1);
            await Expect(page.Locator("h1")).ToBeVisibleAsync();
            await Expect(page.Locator(".mud-progress-linear-indeterminate")).ToHaveCountAsync(0);
            var name = path.Trim('/').Replace('/', '-');
            await BrowserSession.ScreenshotAsync(page, $"phone-{name}-vi-390x844.png");
            (await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth")).ShouldBeLessThanOrEqualTo(0, $"{path} is wider than the phone");
        }
    }

    /// <summary>Whether a click at the middle of the element would reach it: nothing lies over it.</summary>
    private static Task<bool> Reachable(IPage page, string selector) => page.EvaluateAsync<bool>(
        """
        selector => {
            const element = document.querySelector(selector);
            element.scrollIntoView({ block: 'center' });
            const box = element.getBoundingClientRect();
            return element.contains(document.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2));
        }
        """,
        selector);
}
