using System.Net.Http.Json;
using System.Text.Json;
using DienHong.Testing;
using Microsoft.Playwright;
using Shouldly;
using static Microsoft.Playwright.Assertions;

namespace DienHong.Browser.Tests;

/// <summary>HR of the office signs in, chooses the regular salary step on the launch page, fills the form for one employee (picked by name) and starts the case.</summary>
public sealed class LaunchTests
{
    [ChromiumFact]
    public async Task Hr_starts_a_salary_step_case_for_one_employee()
    {
        await using var session = await BrowserSession.StartAsync();
        var page = await session.SignedInAsync("e0104", "/launch");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Khởi tạo hồ sơ" })).ToBeVisibleAsync();

        var card = page.Locator("[data-testid=workflow][data-key=salary-step-regular]");
        await Expect(card.GetByTestId("legal-basis")).ToContainTextAsync("Căn cứ pháp lý");
        var form = await SalaryStepForm.FillAsync(page, "Lợi", "Tô Văn Lợi (E0110)", "01/01/2020");
        await BrowserSession.ScreenshotAsync(page, "launch-vi-1280x900.png");
        await form.GetByTestId("start").ClickAsync();

        await Expect(page.GetByText("Đã khởi tạo hồ sơ")).ToBeVisibleAsync();
        var link = await form.GetByTestId("case-link").GetAttributeAsync("href");
        link.ShouldNotBeNull().ShouldStartWith("/cases/");

        var started = await (await session.Server.BearerAsync("e0104")).GetFromJsonAsync<JsonElement>($"/api/v1/instances/{link["/cases/".Length..]}");
        var variables = started.GetProperty("variables");
        (variables.GetProperty("employeeId").GetString(), variables.GetProperty("lastStepDate").GetString(), variables.GetProperty("completedDuties").GetBoolean())
            .ShouldBe(("E0110", "2020-01-01", true));
        started.GetProperty("agency").GetString().ShouldBe("van-phong");
    }
}
