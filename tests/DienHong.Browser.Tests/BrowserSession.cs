using DienHong.Server.Testing;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace DienHong.Browser.Tests;

/// <summary>
/// One browser test's set-up (phiên trình duyệt): the real server on a loopback port and a data folder of its own,
/// Playwright and Debian's Chromium, and a browser context per person, each signed in through the sign-in form.
/// Disposing it closes the browser, stops the server and deletes the folder.
/// </summary>
public sealed class BrowserSession : IAsyncDisposable
{
    private readonly DataFolder folder;
    private readonly IPlaywright playwright;

    private BrowserSession(DataFolder folder, ServerFactory server, IPlaywright playwright, IBrowser browser)
    {
        this.folder = folder;
        this.playwright = playwright;
        Server = server;
        Browser = browser;
    }

    public ServerFactory Server { get; }

    public IBrowser Browser { get; }

    /// <summary>The session's data folder (the server's, and a place for downloads).</summary>
    public string Folder => folder.Path;

    /// <summary>Starts the server (on <paramref name="clock"/> when given) and Chromium.</summary>
    public static async Task<BrowserSession> StartAsync(TimeProvider? clock = null)
    {
        var folder = new DataFolder();
        var server = new ServerFactory(folder.Path, realSocket: true) { Clock = clock };
        try
        {
            _ = server.Address;
            var playwright = await Playwright.CreateAsync();
            return new BrowserSession(folder, server, playwright, await Chromium.LaunchAsync(playwright));
        }
        catch
        {
            await server.DisposeAsync();
            folder.Dispose();
            throw;
        }
    }

    /// <summary>A page in a new browser context (a person's own cookies and language) on the server, at <paramref name="width"/>×<paramref name="height"/>.</summary>
    public async Task<IPage> PageAsync(int width = 1280, int height = 900, bool downloads = false)
    {
        var context = await Browser.NewContextAsync(new()
        {
            BaseURL = Server.Address.ToString(),
            ViewportSize = new() { Width = width, Height = height },
            AcceptDownloads = downloads,
        });
        return await context.NewPageAsync();
    }

    /// <summary>
    /// Opens <paramref name="path"/> in a new context, signs in as <paramref name="account"/> with the demo password on
    /// the form it is sent to, and waits until the page is interactive (the circuit has rendered the layout again).
    /// </summary>
    public async Task<IPage> SignedInAsync(string account, string path, int width = 1280, int height = 900, bool downloads = false)
    {
        var page = await PageAsync(width, height, downloads);
        await page.GotoAsync(path);
        await Chromium.SignInAsync(page, account, Server.DemoPassword!);
        await Expect(page.Locator("[data-interactive=true]")).ToHaveCountAsync(1);
        return page;
    }

    /// <summary>
    /// Saves the whole page as <paramref name="name"/> under <see cref="Chromium.Artifacts"/>, from the top (a page
    /// scrolled down would show the fixed app bar in its middle), down to the bottom of <paramref name="upTo"/> when given.
    /// </summary>
    public static async Task ScreenshotAsync(IPage page, string name, ILocator? upTo = null)
    {
        await page.EvaluateAsync("window.scrollTo(0, 0)");
        var bottom = upTo is null ? null : await upTo.BoundingBoxAsync();
        await page.ScreenshotAsync(new()
        {
            Path = Path.Combine(Chromium.Artifacts, name),
            FullPage = true,
            Clip = bottom is null ? null : new() { X = 0, Y = 0, Width = page.ViewportSize!.Width, Height = bottom.Y + bottom.Height + 16 },
        });
    }

    public async ValueTask DisposeAsync()
    {
        await Browser.DisposeAsync();
        playwright.Dispose();
        await Server.DisposeAsync();
        folder.Dispose();
    }
}
