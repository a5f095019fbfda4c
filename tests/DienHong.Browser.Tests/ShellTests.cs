using DienHong.Testing;
using Microsoft.Playwright;
using Shouldly;
using static Microsoft.Playwright.Assertions;

namespace DienHong.Browser.Tests;

/// <summary>The head of the office (and, on a phone, HR) signs in in Chromium, sees the shell in Vietnamese, switches to English and signs out, on a desktop and a phone.</summary>
public sealed class ShellTests
{
    [ChromiumFact]
    public async Task The_head_signs_in_sees_the_shell_in_Vietnamese_switches_to_English_and_signs_out()
    {
        await using var session = await BrowserSession.StartAsync();
        var server = session.Server;
        // A person's language is saved on their account: each size signs in as someone who has not chosen one yet.
        foreach (var (width, height, user, name) in new[] { (1280, 800, "e0101", "Phạm Văn Thành"), (390, 844, "e0104", "Đặng Thị Thu Hà") })
        {
            var page = await session.PageAsync(width, height);
            await page.GotoAsync("/cases");
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Đăng nhập Diên Hồng" })).ToBeVisibleAsync();

            await Chromium.SignInAsync(page, user, server.DemoPassword!);
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Hồ sơ" })).ToBeVisibleAsync();
            new Uri(page.Url).AbsolutePath.ShouldBe("/cases");
            await Expect(page.GetByTestId("person-name")).ToHaveTextAsync(name);
            await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "vi");
            await BrowserSession.ScreenshotAsync(page, $"shell-vi-{width}x{height}.png");

            // The circuit has taken over the page: the layout was rendered again through it.
            await Expect(page.Locator("[data-interactive=true]")).ToHaveCountAsync(1);

            await page.GetByTestId("lang-en").ClickAsync();
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Cases" })).ToBeVisibleAsync();
            await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "en");
            await BrowserSession.ScreenshotAsync(page, $"shell-en-{width}x{height}.png");

            await page.GetByTestId("sign-out").ClickAsync();
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Sign in to Diên Hồng" })).ToBeVisibleAsync();
            await page.GotoAsync("/cases");
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Sign in to Diên Hồng" })).ToBeVisibleAsync();
        }
    }
}
