using DienHong.Testing;
using Microsoft.Playwright;
using Shouldly;
using static Microsoft.Playwright.Assertions;

namespace DienHong.Browser.Tests;

/// <summary>
/// The workflow administrator builds a workflow from the palette in the designer (start → fork → two ends), sees the
/// unreachable end marked on the canvas and publishing refused, connects it, publishes, and a member of staff starts
/// the new workflow from the launch page. Last, a catalog workflow open in the designer is pictured for the README.
/// </summary>
public sealed class DesignerCanvasTests
{
    [ChromiumFact]
    public async Task An_administrator_builds_a_workflow_from_the_palette_fixes_its_error_publishes_it_and_it_starts_from_the_launch_page()
    {
        await using var session = await BrowserSession.StartAsync();
        var page = await session.SignedInAsync("workflow-admin", "/designer", 1280, 800);
        await Expect(page.Locator("[data-testid=workflow][data-key=discipline]")).ToHaveCountAsync(1);

        var form = page.GetByTestId("new-workflow");
        await form.Locator("[data-field=key] input").FillAsync("quick-notice");
        await form.Locator("[data-field=name-vi] input").FillAsync("Thông báo nhanh");
        await form.Locator("[data-field=name-en] input").FillAsync("Quick notice");
        await form.GetByTestId("create").ClickAsync();
        await Expect(page.GetByTestId("designer")).ToHaveAttributeAsync("data-key", "quick-notice");
        await Expect(Node(page, "start")).ToHaveCountAsync(1);

        var palette = page.GetByTestId("palette");
        await palette.Locator("[data-type=Fork]").ClickAsync();
        await palette.Locator("[data-type=End]").ClickAsync();
        await palette.Locator("[data-type=End]").ClickAsync();
        await Expect(page.Locator("[data-testid=canvas-node]")).ToHaveCountAsync(4);
        await page.GetByTestId("fit").ClickAsync();
        await ConnectAsync(page, "out:start", "in:fork-1");
        await ConnectAsync(page, "out:fork-1", "in:end-1");

        // end-2 hangs alone: the validator finds it unreachable, on the node and in the Problems tab.
        await Expect(Node(page, "end-2").GetByTestId("node-errors")).ToBeVisibleAsync();
        await Expect(page.Locator("[data-testid=problem][data-node=end-2][data-rule=unreachable]")).ToHaveCountAsync(1);
        await Expect(page.GetByTestId("publish")).ToBeDisabledAsync();
        await Expect(page.GetByTestId("publish-blocked")).ToBeVisibleAsync();
        await page.ScreenshotAsync(new() { Path = Path.Combine(Chromium.Artifacts, "designer-canvas-error-1280x800.png") });

        await ConnectAsync(page, "out:fork-1", "in:end-2");
        await Expect(Node(page, "end-2").GetByTestId("node-errors")).ToHaveCountAsync(0);
        await Expect(page.GetByTestId("publish")).ToBeEnabledAsync();
        await page.GetByTestId("publish").ClickAsync();
        await Expect(page.GetByTestId("version-line")).ToContainTextAsync("đã ban hành");
        await Expect(page.GetByTestId("canvas")).ToHaveAttributeAsync("data-readonly", "true");

        var launch = await session.SignedInAsync("e0110", "/launch", 1280, 800);
        var card = launch.Locator("[data-testid=workflow][data-key=quick-notice]");
        await card.GetByTestId("choose").ClickAsync();
        await launch.GetByTestId("launch-form").GetByTestId("start").ClickAsync();
        await Expect(launch.GetByText("Đã khởi tạo hồ sơ")).ToBeVisibleAsync();
        (await launch.GetByTestId("launch-form").GetByTestId("case-link").GetAttributeAsync("href")).ShouldNotBeNull().ShouldStartWith("/cases/");
        await launch.Context.CloseAsync();

        // The README's picture: a catalog workflow open in the designer, its first steps at a readable size.
        await page.GotoAsync("/designer/annual-rewards");
        await Expect(page.Locator("[data-interactive=true]")).ToHaveCountAsync(1);
        await Expect(page.GetByTestId("edit-as-draft")).ToBeVisibleAsync();
        await Node(page, "set-reward-year").ClickAsync();
        await Expect(Node(page, "set-reward-year")).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("dh-node-selected"));
        await page.ScreenshotAsync(new() { Path = Path.Combine(Chromium.Artifacts, "designer-1280x800.png") });
    }

    private static ILocator Node(IPage page, string id) => page.Locator($"[data-testid=canvas-node][data-node={id}]");

    /// <summary>Drags a link from an outcome port to a node's incoming port, as a person does with the mouse, and waits for the edge to be drawn.</summary>
    private static async Task ConnectAsync(IPage page, string fromPort, string toPort)
    {
        var links = await page.Locator(".diagram-link").CountAsync();
        // Hover waits until the port is visible, stable and the one under the pointer (the fit or the last redraw has landed).
        await page.Locator($"[data-port-id='{fromPort}']").HoverAsync();
        await page.Mouse.DownAsync();
        await page.Locator($"[data-port-id='{toPort}']").HoverAsync();
        await page.Mouse.UpAsync();
        await Expect(page.Locator(".diagram-link")).ToHaveCountAsync(links + 1);
    }
}
