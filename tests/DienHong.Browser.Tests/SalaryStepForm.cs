using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace DienHong.Browser.Tests;

/// <summary>The launch page's form of the regular salary step (biểu mẫu khởi tạo nâng bậc lương), filled as HR fills it.</summary>
public static class SalaryStepForm
{
    /// <summary>
    /// Chooses the regular salary step on the launch page and fills its form: the employee picked by
    /// <paramref name="search"/> among the autocomplete's options (<paramref name="option"/>), college grade,
    /// <paramref name="lastStepDate"/> (dd/MM/yyyy), duties completed. The form, ready to start.
    /// </summary>
    public static async Task<ILocator> FillAsync(IPage page, string search, string option, string lastStepDate)
    {
        await page.Locator("[data-testid=workflow][data-key=salary-step-regular]").GetByTestId("choose").ClickAsync();
        var form = page.GetByTestId("launch-form");
        // The whole search text at once: the autocomplete searches after a pause, and the pick must follow that search.
        var person = form.Locator("[data-field=employeeId] input");
        await person.ClickAsync();
        await person.FillAsync(search);
        var choice = page.GetByRole(AriaRole.Option, new() { Name = option });
        await Expect(choice).ToHaveCountAsync(1);
        await choice.ClickAsync();
        await Expect(person).ToHaveValueAsync(option);
        await form.Locator("[data-field=gradeLevel] input").FillAsync("college");
        await form.Locator("[data-field=lastStepDate] input").FillAsync(lastStepDate);
        await form.Locator("[data-field=lastStepDate] input").PressAsync("Enter");
        await form.Locator("[data-field=completedDuties] input").CheckAsync();
        return form;
    }
}
