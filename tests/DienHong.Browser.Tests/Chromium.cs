using DienHong.Testing;
using Microsoft.Playwright;

namespace DienHong.Browser.Tests;

/// <summary>Debian's Chromium, headless, launched by Playwright without downloading anything.</summary>
public static class Chromium
{
    public static Task<IBrowser> LaunchAsync(IPlaywright playwright)
    {
        ArgumentNullException.ThrowIfNull(playwright);

        // The whole suite runs its projects side by side on two cores: a server round trip of the Blazor circuit can
        // take seconds there, so an expectation waits up to 20 s (it returns as soon as it holds) rather than 5.
        Assertions.SetDefaultExpectTimeout(20_000);
        return playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = TestServices.ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
    }

    /// <summary>Fills the sign-in form the page was sent to (in Vietnamese, the default) and submits it.</summary>
    public static async Task SignInAsync(IPage page, string userName, string password)
    {
        ArgumentNullException.ThrowIfNull(page);
        await page.GetByLabel("Tên đăng nhập").FillAsync(userName);
        await page.GetByLabel("Mật khẩu").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Đăng nhập" }).ClickAsync();
    }

    /// <summary>Where screenshots go: <c>artifacts/</c> in this project's folder (git-ignored).</summary>
    public static string Artifacts
    {
        get
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "DienHong.Browser.Tests.csproj")))
            {
                dir = dir.Parent;
            }

            var folder = Path.Combine(dir?.FullName ?? AppContext.BaseDirectory, "artifacts");
            Directory.CreateDirectory(folder);
            return folder;
        }
    }
}
