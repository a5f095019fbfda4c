using System.Text.Json.Nodes;
using Bunit;
using DienHong.Calendar;
using DienHong.Engine.Expressions;
using DienHong.Web.Localization;
using Shouldly;

namespace DienHong.Web.Tests.Designer.Properties;

/// <summary>What the panel computes as one edits: where a duration ends on the real calendar, an expression's syntax error, a template in both languages, the roles in the agency's words.</summary>
public sealed class PanelPreviewTests
{
    private static readonly JsonObject Task = new()
    {
        ["id"] = "n",
        ["type"] = "HumanTask",
        ["assignee"] = new JsonObject { ["role"] = "head" },
        ["outcomes"] = new JsonArray("Approve"),
        ["due"] = new JsonObject { ["workingDays"] = 3 },
    };

    [Theory]
    [InlineData(AppCultures.Vietnamese, "Từ 04/02/2027: kết thúc 16/02/2027 (bỏ qua {0})")]
    [InlineData(AppCultures.English, "From 04/02/2027: ends 16/02/2027 (skips {0})")]
    public async Task The_duration_preview_counts_across_Tet_2027_and_names_the_holidays_it_skips(string culture, string expected)
    {
        using var _ = new CultureScope(culture);
        await using var ctx = PropertiesContext.Create();
        var host = PropertiesContext.Render(ctx, PropertiesContext.Definition(Task.DeepClone().AsObject()));

        // From today (Monday 1/2/2027) three working days end before Tết.
        host.Find("[data-path=due] [data-testid=duration-preview]").TextContent.Trim().ShouldBe(culture == AppCultures.Vietnamese ? "Từ 01/02/2027: kết thúc 04/02/2027" : "From 01/02/2027: ends 04/02/2027");

        host.Find("[data-path=due] input[data-testid=date]").Change("04/02/2027");

        // The days the calendar takes off between the event and the end, weekends aside: Tết and its compensatory days.
        var holidays = Enumerable.Range(1, 11).Select(d => PropertiesContext.Calendar.Describe(new DateOnly(2027, 2, 4).AddDays(d)))
            .Where(d => !d.IsWorkingDay && d.Reason != WeekdayDaySource.Saturday && d.Reason != WeekdayDaySource.Sunday)
            .Select(d => d.Reason!.For(culture)).Distinct().ToList();
        holidays.ShouldContain(culture == AppCultures.Vietnamese ? "Tết Nguyên đán" : "Lunar New Year (Tết)");
        host.Find("[data-path=due] [data-testid=duration-preview]").TextContent.Trim().ShouldBe(string.Format(System.Globalization.CultureInfo.InvariantCulture, expected, string.Join(", ", holidays)));
        host.Instance.Raised.ShouldBeEmpty();
    }

    [Fact]
    public async Task The_duration_kind_changes_the_count_and_the_json()
    {
        using var _ = new CultureScope(AppCultures.Vietnamese);
        await using var ctx = PropertiesContext.Create();
        var host = PropertiesContext.Render(ctx, PropertiesContext.Definition(Task.DeepClone().AsObject()));

        host.Find("[data-path=due] input[data-testid=duration-amount]").Change("10");
        host.Find("[data-path=due] [data-duration-kind=consecutiveDays]").Click();

        host.Instance.Node["due"]!.ToJsonString().ShouldBe("""{"consecutiveDays":10}""");
        // Consecutive days are a posting period: they run through Tết and are never rolled forward.
        host.Find("[data-path=due] [data-testid=duration-preview]").TextContent.Trim().ShouldBe("Từ 01/02/2027: kết thúc 11/02/2027");

        // Calendar days that end on a day off roll forward to the next working day.
        host.Find("[data-path=due] [data-duration-kind=days]").Click();
        host.Instance.Node["due"]!.ToJsonString().ShouldBe("""{"days":10}""");
        host.Find("[data-path=due] [data-testid=duration-preview]").TextContent.ShouldContain("kết thúc 12/02/2027");
    }

    [Fact]
    public async Task An_expression_with_a_syntax_error_shows_the_parsers_message_as_it_is_typed()
    {
        using var _ = new CultureScope(AppCultures.English);
        await using var ctx = PropertiesContext.Create();
        var host = PropertiesContext.Render(ctx, PropertiesContext.Definition(new JsonObject { ["id"] = "n", ["type"] = "Decision", ["condition"] = "=vars.score >= 80" }));
        host.FindAll("[data-path=condition] [data-testid=expression-problem]").ShouldBeEmpty();

        host.Find("[data-path=condition] input[data-testid=expression]").Input("=vars.score >= ");
        var reason = Should.Throw<ExpressionSyntaxException>(() => ExpressionCompiler.Compile("=vars.score >= ")).Reason;
        host.Find("[data-path=condition] [data-testid=expression-problem]").TextContent.ShouldBe(reason);
        host.Instance.Raised.ShouldBeEmpty();

        host.Find("[data-path=condition] input[data-testid=expression]").Input("=vars.scor >= 80");
        host.Find("[data-path=condition] [data-testid=expression-problem]").TextContent.ShouldContain("vars.scor");

        host.Find("[data-path=condition] input[data-testid=expression]").Input("=vars.score >= 50");
        host.FindAll("[data-path=condition] [data-testid=expression-problem]").ShouldBeEmpty();
        host.Find("[data-path=condition] input[data-testid=expression]").Blur();
        host.Instance.Node["condition"]!.GetValue<string>().ShouldBe("=vars.score >= 50");
        host.FindAll("[data-path=condition] [data-testid=scope-variable]").Select(c => c.TextContent.Trim()).ShouldBe(["vars.fullName", "vars.score", "input", "now", "today"]);
    }

    [Fact]
    public async Task A_literal_value_is_saved_as_its_json()
    {
        using var _ = new CultureScope(AppCultures.English);
        await using var ctx = PropertiesContext.Create();
        var host = PropertiesContext.Render(ctx, PropertiesContext.Definition(new JsonObject { ["id"] = "n", ["type"] = "SetVariable", ["variable"] = "score" }));

        host.Find("[data-path=value] input[data-testid=expression]").Input("42");
        host.Find("[data-path=value] input[data-testid=expression]").Blur();
        host.Instance.Node["value"]!.ToJsonString().ShouldBe("42");
        host.Find("[data-path=value] input[data-testid=expression]").Input("Đã duyệt");
        host.Find("[data-path=value] input[data-testid=expression]").Blur();
        host.Instance.Node["value"]!.GetValue<string>().ShouldBe("Đã duyệt");
    }

    [Fact]
    public async Task A_template_is_previewed_in_both_languages_and_its_error_shown_next_to_it()
    {
        using var _ = new CultureScope(AppCultures.Vietnamese);
        await using var ctx = PropertiesContext.Create();
        var node = new JsonObject
        {
            ["id"] = "n",
            ["type"] = "Notify",
            ["to"] = new JsonObject { ["role"] = "hr" },
            ["subject"] = new JsonObject { ["vi"] = "Kính gửi {{ vars.fullName }} ({{ vars.score }})", ["en"] = "Dear {{ vars.fullName }} ({{ vars.score }})" },
            ["body"] = "Hồ sơ {{ instance.id }}",
        };
        var host = PropertiesContext.Render(ctx, PropertiesContext.Definition(node));

        Preview(host, "subject", "vi").ShouldBe("Kính gửi Nguyễn Văn An (1)");
        Preview(host, "subject", "en").ShouldBe("Dear Nguyễn Văn An (1)");
        Preview(host, "body", "en").ShouldBe("Hồ sơ preview-1");

        host.Find("[data-path=subject] [data-testid=vi]").Change("Kính gửi {{ vars.fullName ");
        host.Find("[data-path=subject] [data-testid=template-preview][data-language=vi] [data-testid=template-problem]").TextContent.ShouldNotBeNullOrWhiteSpace();
        Preview(host, "subject", "en").ShouldBe("Dear Nguyễn Văn An (1)");
    }

    [Fact]
    public async Task Roles_are_offered_in_the_agencys_words_with_their_holders()
    {
        using var _ = new CultureScope(AppCultures.Vietnamese);
        await using var ctx = PropertiesContext.Create();
        var host = PropertiesContext.Render(ctx, PropertiesContext.Definition(Task.DeepClone().AsObject()));

        var chair = Demo.Organization.FindPerson("E0102")!.FullName;
        host.Find("[data-path=assignee] [data-role=union-chair]").TextContent.Trim().ShouldBe($"Chủ tịch Công đoàn: {chair}");
        host.Find("[data-path=assignee] [data-testid=assignee-mode][data-mode=expression]").Click();
        host.Find("[data-path=assignee] input[data-testid=expression]").Input("=vars.fullName");
        host.Find("[data-path=assignee] input[data-testid=expression]").Blur();
        host.Instance.Node["assignee"]!.ToJsonString().ShouldBe("""{"expression":"=vars.fullName"}""");
    }

    private static string Preview(IRenderedComponent<PanelHost> host, string property, string language) =>
        host.Find($"[data-path={property}] [data-testid=template-preview][data-language={language}] [data-testid=template-text]").TextContent;
}
