using System.Globalization;
using System.Text.Json.Nodes;
using DienHong.Calendar;
using DienHong.Web.Application.Definitions;
using DienHong.Web.Application.Designer.Properties;
using DienHong.Web.Application.Organisation;
using DienHong.Web.Localization;
using DienHong.Workflows.Organization;
using Shouldly;

namespace DienHong.Web.Tests.Designer.Properties;

/// <summary>The services behind the property panel, on the real calendar, the engine's parser and renderer, and the demo organisation.</summary>
public sealed class PropertyServicesTests
{
    private static readonly JsonObject Definition = PropertiesContext.Definition(new JsonObject { ["id"] = "n", ["type"] = "Decision" });

    private static DurationPreviewer Previewer => new(PropertiesContext.Calendar, Demo.Clock(PropertiesContext.Day));

    [Fact]
    public void A_working_day_period_steps_over_Tet_and_names_each_holiday_once()
    {
        var preview = Previewer.Preview(Duration.WorkingDays(3), new DateOnly(2027, 2, 4))!;
        preview.LastDay.ShouldBe(new DateOnly(2027, 2, 16));
        preview.Due.ShouldBe(new DateTimeOffset(2027, 2, 17, 0, 0, 0, TimeSpan.FromHours(7)));
        preview.Holidays.Select(h => h.Vi).ShouldBe(["Tết Nguyên đán", "Nghỉ bù Tết Nguyên đán"]);
        preview.Describe(CultureInfo.GetCultureInfo(AppCultures.Vietnamese)).ShouldBe("kết thúc 16/02/2027 (bỏ qua Tết Nguyên đán, Nghỉ bù Tết Nguyên đán)");
        preview.Describe(CultureInfo.GetCultureInfo(AppCultures.English)).ShouldBe("ends 16/02/2027 (skips Lunar New Year (Tết), Compensatory day for Lunar New Year (Tết))");
    }

    [Fact]
    public void A_period_from_today_over_weekends_only_names_no_holiday_and_hours_give_the_time()
    {
        var week = Previewer.Preview(Duration.WorkingDays(5), new DateOnly(2027, 3, 1))!;
        week.LastDay.ShouldBe(new DateOnly(2027, 3, 8));
        week.Holidays.ShouldBeEmpty();

        Previewer.Today.ShouldBe(PropertiesContext.Day);
        var hours = Previewer.Preview(Duration.Hours(5))!;
        hours.Describe(CultureInfo.GetCultureInfo(AppCultures.English)).ShouldBe("ends 01/02/2027 14:00");
        Previewer.Preview(Duration.Days(DurationPreviewer.MaxAmount + 1)).ShouldBeNull();
    }

    [Theory]
    [InlineData("Approved", null)]
    [InlineData("==literal", null)]
    [InlineData("=vars.score >= 80 && vars.fullName !== ''", null)]
    [InlineData("=", "the expression is empty")]
    public void An_expression_is_checked_by_the_engines_parser(string text, string? problem) =>
        ExpressionCheck.Problem(text, Definition).ShouldBe(problem);

    [Fact]
    public void An_expression_that_does_not_parse_or_reads_an_undeclared_variable_is_a_problem()
    {
        using var _ = new CultureScope(AppCultures.Vietnamese);
        ExpressionCheck.Problem("=vars.score >=", Definition).ShouldNotBeNullOrWhiteSpace();
        ExpressionCheck.Problem("=vars.nope + vars[\"other\"] + vars.score", Definition).ShouldBe("đọc biến chưa khai báo trong định nghĩa: vars.nope, vars.other (khai báo trong \"variables\")");
    }

    [Fact]
    public void The_scope_lists_the_declared_variables_then_what_the_engine_provides()
    {
        using var _ = new CultureScope(AppCultures.English);
        var scope = ExpressionCheck.Scope(Definition);
        scope.Select(v => (v.Name, v.Declared)).ShouldBe([("vars.fullName", true), ("vars.score", true), ("input", false), ("now", false), ("today", false)]);
        scope[1].Type.ShouldBe("number");
        scope[4].Description.ShouldBe("Today's date in Vietnam, yyyy-MM-dd.");
        ExpressionCheck.Scope(null).Count.ShouldBe(3);
    }

    [Theory]
    [InlineData("vi", "Điểm 1,5 của Nguyễn Văn An, hồ sơ preview-1 tại ubnd-huyen")]
    [InlineData("en", "Điểm 1.5 của Nguyễn Văn An, hồ sơ preview-1 tại ubnd-huyen")]
    public void A_template_renders_on_sample_values_in_the_languages_format(string language, string expected)
    {
        var definition = Definition.DeepClone().AsObject();
        definition["variables"]!.AsArray()[1]!["default"] = 1.5;
        new TemplatePreviewer(Demo.Clock(PropertiesContext.Day))
            .Render("Điểm {{ vars.score }} của {{ vars.fullName }}, hồ sơ {{ instance.id }} tại {{ instance.agency }}", language, definition, "ubnd-huyen")
            .ShouldBe(new TemplatePreview(expected, null));
    }

    [Fact]
    public void A_template_without_a_default_shows_the_variables_name_and_a_broken_one_its_error()
    {
        var previewer = new TemplatePreviewer(Demo.Clock(PropertiesContext.Day));
        var definition = new JsonObject { ["variables"] = new JsonArray(new JsonObject { ["name"] = "reason", ["type"] = "string" }) };
        previewer.Render("Lý do: {{ vars.reason }}", "vi", definition, null).Text.ShouldBe("Lý do: [reason]");
        var broken = previewer.Render("{% for x in %}", "vi", definition, null);
        broken.Text.ShouldBeNull();
        broken.Error.ShouldNotBeNullOrWhiteSpace();
    }

    [Fact]
    public void Findings_go_next_to_the_property_they_name_in_either_language()
    {
        IReadOnlyList<ValidationFinding> findings =
        [
            new(1, null, "n", null, "property", "error", "thuộc tính 'due': thời hạn 0 không có nghĩa ở đây"),
            new(1, null, "n", null, "property", "error", "property 'escalation.to': a reassigning escalation needs { \"role\" } or { \"user\" }"),
            new(1, null, "n", null, "unreachable", "error", "node is unreachable from Start"),
            new(1, null, "m", null, "property", "error", "property 'due': a duration of 0 means nothing here"),
        ];
        FindingPlacement.For(findings, "n", "due").ShouldBe([findings[0]]);
        FindingPlacement.For(findings, "n", "escalation").ShouldBe([findings[1]]);
        FindingPlacement.For(findings, "n", "escalation.to").ShouldBe([findings[1]]);
        FindingPlacement.Unplaced(findings, "n", ["due", "escalation", "assignee"]).ShouldBe([findings[2]]);
        FindingPlacement.For(null, "n", "due").ShouldBeEmpty();
    }

    [Fact]
    public void An_edited_node_is_a_copy_with_its_keys_in_their_order()
    {
        var node = new JsonObject { ["id"] = "n", ["type"] = "HumanTask", ["due"] = new JsonObject { ["workingDays"] = 5 }, ["outcomes"] = new JsonArray("A") };
        NodeJson.With(node, "due", new JsonObject { ["days"] = 3 }).ToJsonString().ShouldBe("""{"id":"n","type":"HumanTask","due":{"days":3},"outcomes":["A"]}""");
        NodeJson.With(node, "due", null).ToJsonString().ShouldBe("""{"id":"n","type":"HumanTask","outcomes":["A"]}""");
        NodeJson.With(node, "resultVariable", "r").ToJsonString().ShouldEndWith(""","resultVariable":"r"}""");
        node.ToJsonString().ShouldBe("""{"id":"n","type":"HumanTask","due":{"workingDays":5},"outcomes":["A"]}""");
        NodeJson.Find(Definition, "n")!["type"]!.GetValue<string>().ShouldBe("Decision");
        NodeJson.Find(Definition, "nowhere").ShouldBeNull();
    }

    [Fact]
    public void Every_role_is_offered_with_its_holders_only_where_the_person_sees_the_agency()
    {
        var current = Demo.Current(PropertiesContext.Day);
        var admin = current.Resolve(Demo.Person("E0108"));
        var choices = new AssigneeChoices(Demo.Organization, new OrganisationService(Demo.Organization, Demo.Clock(PropertiesContext.Day)));

        var roles = choices.Roles(admin, PropertiesContext.Agency);
        roles.Select(r => r.Role).Take(Roles.All.Count).ShouldBe(Roles.All);
        roles.Single(r => r.Role == Roles.UnionChair).Holders.Select(h => h.Id).ShouldBe(["E0102"]);

        var elsewhere = Demo.Organization.Organization.Agencies.First(a => !admin.InAgency(a.Id)).Id;
        choices.Roles(admin, elsewhere).ShouldAllBe(r => r.Holders.Count == 0);

        // As the launch page finds people: by a part of the name, ignoring case and diacritics, in the agency.
        choices.People(admin, PropertiesContext.Agency, "thi kim loan").Select(p => p.Id).ShouldBe(["E0002"]);
        choices.People(admin, PropertiesContext.Agency, "E0102").ShouldBeEmpty();

        // An agency the person does not see falls back to their own agencies, never to its staff.
        choices.People(admin, elsewhere, "E0102").Select(p => p.Id).ShouldBe(["E0102"]);
        choices.People(admin, elsewhere, null).ShouldAllBe(p => admin.InAgency(p.AgencyId));
    }
}
