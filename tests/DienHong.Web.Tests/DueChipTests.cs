using Bunit;
using DienHong.Web.Components.Inbox;
using DienHong.Web.Localization;
using Shouldly;

namespace DienHong.Web.Tests;

/// <summary>The due chip: working days left, due today, overdue in red, no deadline; in Vietnamese and English.</summary>
public sealed class DueChipTests
{
    [Theory]
    [InlineData(AppCultures.Vietnamese, 3, "remaining", "còn 2 ngày làm việc")]
    [InlineData(AppCultures.English, 3, "remaining", "2 working days left")]
    [InlineData(AppCultures.Vietnamese, 1, "today", "hạn chót hôm nay")]
    [InlineData(AppCultures.English, 1, "today", "due today")]
    [InlineData(AppCultures.Vietnamese, -2, "overdue", "quá hạn 2 ngày")]
    [InlineData(AppCultures.English, -2, "overdue", "overdue by 2 days")]
    public async Task The_chip_words_the_deadline_in_working_days_and_marks_its_state(string culture, int midnightAfter, string state, string text)
    {
        using var _ = new CultureScope(culture);
        await using var ctx = InboxContext.Create();
        var chip = ctx.Render<DueChip>(p => p.Add(c => c.DueAt, InboxContext.Midnight(midnightAfter))).Find("[data-testid=due-chip]");
        chip.GetAttribute("data-state").ShouldBe(state);
        chip.TextContent.Trim().ShouldBe(text);
    }

    [Fact]
    public async Task Working_days_skip_the_weekend()
    {
        using var _ = new CultureScope(AppCultures.Vietnamese);
        await using var ctx = InboxContext.Create();

        // Due at the end of next Monday: Tuesday to Friday and Monday are five working days, the weekend none.
        var chip = ctx.Render<DueChip>(p => p.Add(c => c.DueAt, InboxContext.Midnight(8))).Find("[data-testid=due-chip]");
        chip.TextContent.Trim().ShouldBe("còn 5 ngày làm việc");
    }

    [Fact]
    public async Task Only_an_overdue_task_is_red()
    {
        using var _ = new CultureScope(AppCultures.Vietnamese);
        await using var ctx = InboxContext.Create();
        string Classes(int days) => ctx.Render<DueChip>(p => p.Add(c => c.DueAt, InboxContext.Midnight(days))).Find("[data-testid=due-chip]").ClassName ?? string.Empty;
        Classes(-2).ShouldContain("mud-chip-color-error");
        Classes(1).ShouldNotContain("mud-chip-color-error");
        Classes(3).ShouldNotContain("mud-chip-color-error");
    }

    [Theory]
    [InlineData(AppCultures.Vietnamese, "Không có hạn", "Hạn chót 03/02/2027")]
    [InlineData(AppCultures.English, "No deadline", "Deadline 03/02/2027")]
    public async Task A_task_without_a_deadline_says_so_and_a_deadline_is_in_the_title(string culture, string none, string title)
    {
        using var _ = new CultureScope(culture);
        await using var ctx = InboxContext.Create();
        var empty = ctx.Render<DueChip>().Find("[data-testid=due-chip]");
        empty.GetAttribute("data-state").ShouldBe("none");
        empty.TextContent.Trim().ShouldBe(none);
        ctx.Render<DueChip>(p => p.Add(c => c.DueAt, InboxContext.Midnight(3))).Find("[data-testid=due-chip]").GetAttribute("title").ShouldBe(title);
    }
}
