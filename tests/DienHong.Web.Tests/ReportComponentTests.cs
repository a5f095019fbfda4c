using System.Globalization;
using Bunit;
using DienHong.Calendar;
using DienHong.Web.Application.Reports;
using DienHong.Web.Components.Reports;
using DienHong.Web.Localization;
using Shouldly;

namespace DienHong.Web.Tests;

/// <summary>The reports page's parts: percentages in the reader's language, the figure cards, the period picker.</summary>
public sealed class ReportComponentTests
{
    [Theory]
    [InlineData(AppCultures.Vietnamese, 0.985, "98,5 %")]
    [InlineData(AppCultures.English, 0.985, "98.5%")]
    [InlineData(AppCultures.Vietnamese, 1.0, "100 %")]
    [InlineData(AppCultures.English, 0.75, "75%")]
    [InlineData(AppCultures.English, 0.98749, "98.7%")]
    public void A_share_is_a_percentage_with_one_decimal_in_the_readers_way(string culture, double share, string written) =>
        ReportFormat.Percent(share, CultureInfo.GetCultureInfo(culture)).ShouldBe(written);

    [Theory]
    [InlineData(AppCultures.Vietnamese, "98,5 %", "Mục tiêu: trên 98 %")]
    [InlineData(AppCultures.English, "98.5%", "Goal: over 98%")]
    public async Task The_cards_show_the_rate_against_the_goal_and_every_figure(string culture, string rate, string goal)
    {
        using var _ = new CultureScope(culture);
        await using var ctx = InboxContext.Create();
        var cards = ctx.Render<ReportFigures>(p => p.Add(x => x.Agency, Office(onTime: 197, late: 3, overdue: 2)).Add(x => x.At, InboxContext.Midnight(0).ToUniversalTime()));

        cards.Find("[data-testid=on-time-rate]").TextContent.Trim().ShouldBe(rate);
        cards.Find("[data-testid=figure-on-time]").TextContent.ShouldContain(goal);
        cards.Find("[data-testid=goal-line]").GetAttribute("style").ShouldBe("left: 98%");
        var overdue = cards.Find("[data-testid=overdue-now]");
        overdue.TextContent.Trim().ShouldBe("2");
        overdue.GetAttribute("data-state").ShouldBe("overdue");
        overdue.ClassList.ShouldContain("mud-error-text");
        // Midnight in Vietnam is 17:00 the day before in UTC: the reader sees Vietnam's time.
        cards.Find("[data-testid=figure-overdue]").TextContent.ShouldContain("01/02/2027 00:00");
        Pair(cards, "figure-cases").ShouldBe(("12", "9"));
        Pair(cards, "figure-disclosures").ShouldBe(("4", "1"));
        Pair(cards, "figure-objections").ShouldBe(("3", "2"));
    }

    [Fact]
    public async Task No_completed_step_shows_no_rate_and_nothing_overdue_is_not_red()
    {
        using var _ = new CultureScope(AppCultures.Vietnamese);
        await using var ctx = InboxContext.Create();
        var cards = ctx.Render<ReportFigures>(p => p.Add(x => x.Agency, Office(onTime: 0, late: 0, overdue: 0)).Add(x => x.At, InboxContext.Midnight(0)));

        cards.Find("[data-testid=on-time-rate]").TextContent.Trim().ShouldBe("—");
        cards.Find("[data-testid=figure-on-time]").TextContent.ShouldContain("Chưa có bước nào hoàn thành trong kỳ");
        cards.FindAll("[data-testid=goal-line]").ShouldBeEmpty();
        cards.Find("[data-testid=overdue-now]").ClassList.ShouldNotContain("mud-error-text");
    }

    [Theory]
    [InlineData("period-month", "2027-02-01", "2027-02-15")]
    [InlineData("period-quarter", "2027-01-01", "2027-02-15")]
    [InlineData("period-year", "2027-01-01", "2027-02-15")]
    public async Task Each_choice_gives_its_period_so_far(string button, string from, string to)
    {
        using var _ = new CultureScope(AppCultures.Vietnamese);
        await using var ctx = InboxContext.Create();
        var chosen = new List<ReportPeriod>();
        var today = new DateOnly(2027, 2, 15);
        var picker = ctx.Render<PeriodPicker>(p => p
            .Add(x => x.Today, today)
            .Add(x => x.Value, ReportPeriod.MonthOf(today))
            .Add(x => x.ValueChanged, chosen.Add));

        picker.Find($"[data-testid={button}]").Click();

        chosen.ShouldBe([new ReportPeriod(DateOnly.Parse(from, CultureInfo.InvariantCulture), DateOnly.Parse(to, CultureInfo.InvariantCulture))]);
    }

    [Fact]
    public void A_quarter_starts_on_its_first_month()
    {
        PeriodChoices.Of(PeriodChoice.Quarter, new DateOnly(2027, 12, 31)).ShouldBe(new ReportPeriod(new DateOnly(2027, 10, 1), new DateOnly(2027, 12, 31)));
        PeriodChoices.Of(PeriodChoice.Quarter, new DateOnly(2027, 4, 1)).ShouldBe(new ReportPeriod(new DateOnly(2027, 4, 1), new DateOnly(2027, 4, 1)));
    }

    [Theory]
    [InlineData(AppCultures.Vietnamese, "Từ 01/02/2027 đến 15/02/2027")]
    [InlineData(AppCultures.English, "01/02/2027 to 15/02/2027")]
    public async Task The_period_is_written_dd_mm_yyyy(string culture, string shown)
    {
        using var _ = new CultureScope(culture);
        await using var ctx = InboxContext.Create();
        var picker = ctx.Render<PeriodPicker>(p => p
            .Add(x => x.Today, new DateOnly(2027, 2, 15))
            .Add(x => x.Value, new ReportPeriod(new DateOnly(2027, 2, 1), new DateOnly(2027, 2, 15))));

        picker.Find("[data-testid=period-shown]").TextContent.Trim().ShouldBe(shown);
    }

    [Fact]
    public async Task Custom_shows_two_day_fields_written_dd_mm_yyyy_and_a_picked_day_changes_the_period()
    {
        using var _ = new CultureScope(AppCultures.Vietnamese);
        await using var ctx = InboxContext.Create();
        var chosen = new List<ReportPeriod>();
        var picker = ctx.Render<PeriodPicker>(p => p
            .Add(x => x.Today, new DateOnly(2027, 2, 15))
            .Add(x => x.Value, new ReportPeriod(new DateOnly(2027, 2, 1), new DateOnly(2027, 2, 15)))
            .Add(x => x.Choice, PeriodChoice.Custom)
            .Add(x => x.ValueChanged, chosen.Add));

        picker.Find("input[data-testid=period-from]").GetAttribute("value").ShouldBe("01/02/2027");
        picker.Find("input[data-testid=period-to]").GetAttribute("value").ShouldBe("15/02/2027");
        picker.Find("input[data-testid=period-from]").Change("10/01/2027");

        chosen.ShouldBe([new ReportPeriod(new DateOnly(2027, 1, 10), new DateOnly(2027, 2, 15))]);
    }

    private static (string, string) Pair(IRenderedComponent<ReportFigures> cards, string card) =>
        (cards.Find($"[data-testid={card}] [data-testid=first]").TextContent.Trim(), cards.Find($"[data-testid={card}] [data-testid=second]").TextContent.Trim());

    private static AgencyReport Office(int onTime, int late, int overdue) => new(
        "van-phong", new LocalizedText("Văn phòng", "Office"), 12, 9, onTime + late, onTime, late,
        onTime + late == 0 ? null : (double)onTime / (onTime + late), overdue, 4, 1, 3, 2, [new MonthFigures("2027-02", onTime, late)]);
}
