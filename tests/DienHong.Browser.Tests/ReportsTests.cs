using System.Net.Http.Json;
using DienHong.Server.Testing;
using DienHong.Testing;
using Microsoft.Playwright;
using Shouldly;
using static Microsoft.Playwright.Assertions;

namespace DienHong.Browser.Tests;

/// <summary>The head of the office reads the office's report after HR has done a step of a salary-step case, changes the period, and downloads the workbook.</summary>
public sealed class ReportsTests
{
    [ChromiumFact]
    public async Task The_head_reads_the_offices_figures_and_downloads_them()
    {
        await using var session = await BrowserSession.StartAsync();
        var server = session.Server;
        await HrDoesAStepAsync(server);

        var page = await session.SignedInAsync("e0101", "/reports", downloads: true);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Báo cáo", Exact = true })).ToBeVisibleAsync();

        var office = page.Locator("[data-testid=figures][data-agency=van-phong]");
        await Expect(office.GetByTestId("on-time-rate")).ToHaveTextAsync("100 %");
        await Expect(office.GetByTestId("figure-cases").GetByTestId("first")).ToHaveTextAsync("1");
        await Expect(office.GetByTestId("overdue-now")).ToHaveTextAsync("0");
        await Expect(page.Locator("[data-testid=chart][data-agency=van-phong] svg")).ToBeVisibleAsync();

        await page.GetByTestId("period-year").ClickAsync();
        await Expect(page.GetByTestId("period-shown")).ToContainTextAsync($"01/01/{DateTime.UtcNow.AddHours(7).Year}");
        await Expect(office.GetByTestId("on-time-rate")).ToHaveTextAsync("100 %");
        await BrowserSession.ScreenshotAsync(page, "reports-vi-1280x900.png");

        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByTestId("download").ClickAsync());
        download.SuggestedFilename.ShouldStartWith("dienhong-report-");
        download.SuggestedFilename.ShouldEndWith(".xlsx");
        var saved = Path.Combine(session.Folder, download.SuggestedFilename);
        await download.SaveAsAsync(saved);
        (await File.ReadAllBytesAsync(saved)).Take(2).ShouldBe("PK"u8.ToArray());
    }

    /// <summary>HR starts a salary-step case in the office and completes its first step.</summary>
    private static async Task HrDoesAStepAsync(ServerFactory server)
    {
        var hr = await server.BearerAsync("e0104");
        using var started = await hr.PostAsJsonAsync("/api/v1/instances", new
        {
            workflow = "salary-step-regular",
            agency = "van-phong",
            input = new { employeeId = "E0110", gradeLevel = "college", lastStepDate = "2020-01-01", completedDuties = true },
        });
        var task = (await started.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>()).GetProperty("openTasks")[0].GetProperty("id").GetString()!;
        (await hr.PostAsJsonAsync($"/api/v1/tasks/{task}/claim", new { })).EnsureSuccessStatusCode();
        (await hr.PostAsJsonAsync($"/api/v1/tasks/{task}/complete", new { outcome = "Submitted" })).EnsureSuccessStatusCode();
    }
}
