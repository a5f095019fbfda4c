using System.Globalization;
using DienHong.Engine.Runtime;
using DienHong.Server.Testing;
using DienHong.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Shouldly;
using static Microsoft.Playwright.Assertions;

namespace DienHong.Browser.Tests;

/// <summary>
/// The whole regular salary step of Trương Thị Ngọc Bích (E0106) in the office, walked through the browser by the
/// four people of the demo who do it, each in a browser context of their own: HR (E0104) starts the case and submits
/// the draft; the union chair (E0102) reviews the case and its flowchart while it waits for the head; the head
/// (E0101), in English, approves it in the inbox; HR posts the decision from a phone; a member of staff (E0110)
/// objects on the board; the union chair answers the objection and the member reads the answer; when the posting
/// period has passed HR confirms the take-down; and the head's report counts the case closed, every step on time.
/// The main pages are saved as screenshots on the way.
/// </summary>
public sealed class SalaryStepWalkTests
{
    private const string Objection = "Đề nghị xem lại: chị Bích chuyển ngạch năm 2024.";
    private const string Answer = "Thời gian giữ bậc được tính nối tiếp khi chuyển ngạch: đủ 36 tháng.";

    [ChromiumFact]
    public async Task Hr_the_union_chair_the_head_and_staff_walk_a_salary_step_case_through_the_browser()
    {
        // The server runs on a clock of its own, so the posting's twenty days can pass in the test (below).
        var start = Start(DateTimeOffset.UtcNow);
        var clock = new ShiftedClock(start);
        await using var session = await BrowserSession.StartAsync(clock);

        // HR starts the case from the launch page and submits the draft decision from the inbox.
        var hr = await session.SignedInAsync("e0104", "/launch", 1280, 800);
        var caseId = await LaunchAsync(hr);
        await hr.GetByRole(AriaRole.Link, new() { Name = "Việc của tôi" }).ClickAsync();
        var prepare = TaskOf(hr, caseId);
        await Expect(prepare).ToContainTextAsync("Tổ chức cán bộ lập danh sách và dự thảo quyết định");
        await Expect(prepare.GetByTestId("due-chip")).ToHaveTextAsync("còn 5 ngày làm việc");
        await prepare.ClickAsync();
        await hr.GetByTestId("task-panel").GetByLabel("Ý kiến").FillAsync("Đã kiểm tra hồ sơ, đủ điều kiện.");
        await DecideAsync(hr, "Submitted", "Đã ghi nhận: Tổ chức cán bộ lập danh sách và dự thảo quyết định — ");
        await Expect(prepare).ToHaveCountAsync(0);

        // The union chair reviews the case before the head decides: its timeline, and the head's step current on the flowchart.
        var chair = await session.SignedInAsync("e0102", "/cases", 1280, 800);
        await chair.Locator($"a[href='cases/{caseId}']").ClickAsync();
        await Expect(chair.GetByTestId("case-header")).ToContainTextAsync("Đặng Thị Thu Hà khởi tạo lúc", new() { Timeout = 30_000 });
        await Expect(chair.Locator("[data-node=head-decide]")).ToHaveAttributeAsync("data-state", "current");
        await Expect(chair.Locator("[data-node=hr-prepare]")).ToHaveAttributeAsync("data-state", "visited");
        await Expect(chair.GetByTestId("timeline-text").Last).ToHaveTextAsync("Bước “Người đứng đầu quyết định nâng bậc” chờ Người đứng đầu, Văn phòng Hội đồng nhân dân và Ủy ban nhân dân huyện xử lý");
        await Expect(chair.GetByTestId("journal-check")).ToHaveAttributeAsync("data-intact", "true");
        // The case's fields beside their labels: a long label leaves the value at least half the row.
        var employee = chair.Locator("dd[data-value=employeeId]");
        await Expect(employee).ToContainTextAsync("Trương Thị Ngọc Bích");
        var (value, fields) = (await employee.BoundingBoxAsync(), await chair.GetByTestId("case-fields").BoundingBoxAsync());
        value!.Width.ShouldBeGreaterThanOrEqualTo(fields!.Width / 2 - 1);
        await chair.Locator("[data-node=head-decide]").ScrollIntoViewIfNeededAsync();
        await BrowserSession.ScreenshotAsync(chair, "walk-case-vi-1280x800.png", chair.GetByTestId("flowchart"));

        // The head reads English: the language goes with the account from here on.
        var head = await session.SignedInAsync("e0101", "/inbox", 1280, 800);
        await head.GetByTestId("lang-en").ClickAsync();
        await Expect(head.GetByRole(AriaRole.Heading, new() { Name = "My work" })).ToBeVisibleAsync();
        var decide = TaskOf(head, caseId);
        await Expect(decide).ToContainTextAsync("Head decides the step increase");
        await Expect(decide.GetByTestId("due-chip")).ToHaveTextAsync("5 working days left");
        await decide.ClickAsync();
        await Expect(head.GetByTestId("task-panel").GetByTestId("history-line").Last).ToContainTextAsync("Head decides the step increase");
        await head.GetByTestId("task-panel").GetByLabel("Comment").FillAsync("Agreed: sign the decision.");
        await BrowserSession.ScreenshotAsync(head, "walk-inbox-en-1280x800.png", head.Locator("[data-testid=outcome][data-outcome=Approve]"));
        await DecideAsync(head, "Approve", "Recorded: Head decides the step increase — Approve");

        // HR posts the signed decision from a phone, with a photo of the notice board as the proof.
        await hr.SetViewportSizeAsync(390, 844);
        await hr.GetByTestId("refresh").ClickAsync();
        var post = TaskOf(hr, caseId);
        await Expect(post).ToContainTextAsync("Công khai quyết định nâng bậc lương");
        await post.ClickAsync();
        var panel = hr.GetByTestId("task-panel");
        await panel.Locator("input[type=file]").SetInputFilesAsync(new FilePayload { Name = "niem-yet-bang-tin.png", MimeType = "image/png", Buffer = Png });
        await Expect(panel.GetByTestId("attached-file")).ToHaveTextAsync("niem-yet-bang-tin.png");
        await BrowserSession.ScreenshotAsync(hr, "walk-inbox-vi-390x844.png");
        await DecideAsync(hr, "Posted", "Đã ghi nhận: Công khai quyết định nâng bậc lương — ");

        // A member of staff finds the posting on the board, with its days left, and objects to it.
        var staff = await session.SignedInAsync("e0110", "/disclosures", 390, 844);
        var card = staff.Locator("[data-testid=disclosure-card]").Filter(new() { HasText = "E0106" });
        await Expect(card.GetByTestId("disclosure-title")).ToHaveTextAsync("Công khai quyết định nâng bậc lương");
        // Twenty consecutive days from Monday's posting: the last is the Sunday three weeks on, fourteen working days away.
        await Expect(card.GetByTestId("due-chip")).ToHaveTextAsync("còn 14 ngày làm việc");
        await Expect(card.GetByTestId("disclosure-period")).ToContainTextAsync(start.AddDays(20).ToString("dd/MM/yyyy", CultureInfo.InvariantCulture));
        await Expect(card.GetByTestId("disclosure-posted")).ToContainTextAsync("Đặng Thị Thu Hà");
        await card.GetByLabel("Nội dung phản ánh").FillAsync(Objection);
        await card.GetByRole(AriaRole.Button, new() { Name = "Gửi phản ánh" }).ClickAsync();
        await ConfirmedAsync(staff, "Đã gửi phản ánh về");
        await Expect(card.GetByTestId("objection")).ToContainTextAsync(Objection);
        await BrowserSession.ScreenshotAsync(staff, "walk-board-vi-390x844.png");

        // The union chair finds the objection in the union's tab and answers it.
        await chair.GetByRole(AriaRole.Link, new() { Name = "Bảng công khai" }).ClickAsync();
        await chair.GetByRole(AriaRole.Tab, new() { Name = "Phản ánh cần trả lời" }).ClickAsync();
        var objection = chair.GetByTestId("answer-list").GetByTestId("objection");
        await Expect(objection).ToContainTextAsync(Objection);
        await Expect(objection).ToContainTextAsync("Tô Văn Lợi");
        await objection.GetByLabel("Nội dung trả lời").FillAsync(Answer);
        await objection.GetByRole(AriaRole.Button, new() { Name = "Không chấp nhận" }).ClickAsync();
        await ConfirmedAsync(chair, "Đã trả lời phản ánh số 1.");
        await Expect(objection.GetByTestId("objection-reply")).ToContainTextAsync(Answer);
        await BrowserSession.ScreenshotAsync(chair, "walk-board-vi-1280x800.png");

        // The member reads the answer under their objection.
        await staff.GetByTestId("refresh").ClickAsync();
        await Expect(card.GetByTestId("objection-reply")).ToContainTextAsync(Answer);

        // Twenty-one days later. The server's wake-ups are Hangfire jobs due on the system's clock, weeks away; the
        // test drives the server's clock as the scenario runner does: it moves it on and wakes what has come due.
        clock.Advance(TimeSpan.FromDays(21));
        await session.Server.Services.GetRequiredService<WorkflowEngine>().FireDueAsync(clock.GetUtcNow());

        // HR signs in again (the session of three weeks ago has expired) and confirms the take-down.
        var hrLater = await session.SignedInAsync("e0104", "/inbox", 1280, 800);
        var takeDown = TaskOf(hrLater, caseId);
        await takeDown.ClickAsync();
        await DecideAsync(hrLater, "TakenDown", "Đã ghi nhận: Công khai quyết định nâng bậc lương — ");
        await Expect(takeDown).ToHaveCountAsync(0);

        // The head's report, in English as the head chose: the case opened and closed, every step on time, the posting on time.
        var report = await session.SignedInAsync("e0101", "/reports", 1280, 800);
        await Expect(report.GetByRole(AriaRole.Heading, new() { Name = "Reports", Exact = true })).ToBeVisibleAsync();
        var office = report.Locator("[data-testid=figures][data-agency=van-phong]");
        await Expect(office.GetByTestId("on-time-rate")).ToHaveTextAsync("100%");
        await Expect(office.GetByTestId("figure-cases").GetByTestId("first")).ToHaveTextAsync("1");
        await Expect(office.GetByTestId("figure-cases").GetByTestId("second")).ToHaveTextAsync("1");
        await Expect(office.GetByTestId("figure-disclosures").GetByTestId("first")).ToHaveTextAsync("1");
        await Expect(office.GetByTestId("figure-objections").GetByTestId("second")).ToHaveTextAsync("1");
        await Expect(office.GetByTestId("overdue-now")).ToHaveTextAsync("0");
        await BrowserSession.ScreenshotAsync(report, "walk-reports-en-1280x800.png");
    }

    /// <summary>A one-pixel PNG: the photo of the notice board.</summary>
    private static byte[] Png => Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=");

    /// <summary>
    /// The walk's first day: a Monday at 09:00 in Vietnam in the first week of June, July, October or November, at
    /// least two months ahead of <paramref name="now"/>. No public holiday falls in those weeks, the whole walk stays
    /// in one month (the report's default period), and the server's wake-up jobs, due on the system's clock, are
    /// weeks away, so none fires by itself during the test.
    /// </summary>
    private static DateTimeOffset Start(DateTimeOffset now)
    {
        var day = DateOnly.FromDateTime(now.UtcDateTime).AddDays(60);
        while (day.DayOfWeek != DayOfWeek.Monday || day.Day > 7 || day.Month is not (6 or 7 or 10 or 11))
        {
            day = day.AddDays(1);
        }

        return new DateTimeOffset(day.ToDateTime(new TimeOnly(9, 0)), TimeSpan.FromHours(7));
    }

    /// <summary>HR chooses the regular salary step, fills the form for E0106 (picked by name) and starts it: the case's id.</summary>
    private static async Task<string> LaunchAsync(IPage hr)
    {
        var form = await SalaryStepForm.FillAsync(hr, "Bích", "Trương Thị Ngọc Bích (E0106)", "01/05/2024");
        await BrowserSession.ScreenshotAsync(hr, "walk-launch-vi-1280x800.png");
        await form.GetByTestId("start").ClickAsync();
        await Expect(form.GetByTestId("started")).ToContainTextAsync("Đã khởi tạo hồ sơ");
        var link = form.GetByTestId("case-link");
        await Expect(link).ToHaveAttributeAsync("href", new System.Text.RegularExpressions.Regex("^/cases/"));
        return (await link.GetAttributeAsync("href"))!["/cases/".Length..];
    }

    /// <summary>The inbox item of the case's open task.</summary>
    private static ILocator TaskOf(IPage page, string caseId) => page.Locator($"[data-testid=inbox-item][data-task^='{caseId}.']");

    /// <summary>Completes the task open in the panel with <paramref name="outcome"/> and waits for the confirmation.</summary>
    private static async Task DecideAsync(IPage page, string outcome, string confirmation)
    {
        await page.GetByTestId("task-panel").Locator($"[data-testid=outcome][data-outcome={outcome}]").ClickAsync();
        await ConfirmedAsync(page, confirmation);
    }

    /// <summary>
    /// Waits for the confirmation and closes it, as a person does: it sits over the page's top right corner (on a
    /// phone, over the refresh button) and stays while the pointer rests on it.
    /// </summary>
    private static async Task ConfirmedAsync(IPage page, string confirmation)
    {
        var message = page.Locator(".mud-snackbar").Filter(new() { HasText = confirmation });
        await Expect(message).ToBeVisibleAsync();
        await message.Locator(".mud-snackbar-close-button").ClickAsync();
        await Expect(message).ToHaveCountAsync(0);
    }
}
