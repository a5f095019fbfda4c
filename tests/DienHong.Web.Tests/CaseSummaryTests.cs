using Bunit;
using DienHong.Engine.Definitions;
using DienHong.Web.Components.Cases;
using DienHong.Web.Localization;
using Shouldly;

namespace DienHong.Web.Tests;

/// <summary>
/// The cases list says what each case is about: a few fields of its start, labelled as the definition describes them,
/// a person as their name; never lists, forms or yes/no, and nothing without the definition.
/// </summary>
public sealed class CaseSummaryTests
{
    private static readonly WorkflowDefinition Definition = DefinitionReader.Read("""
        {
          "key": "salary-review", "version": 1, "name": "Xét nâng bậc lương",
          "variables": [
            { "name": "council", "type": "array", "required": true, "input": true, "format": "person", "description": "Hội đồng xét" },
            { "name": "urgent", "type": "boolean", "required": true, "input": true, "description": "Xét gấp" },
            { "name": "period", "type": "string", "input": true, "description": { "vi": "Kỳ xét: năm hoặc quý", "en": "Review period: a year or a quarter" } },
            { "name": "note", "type": "string", "input": true },
            { "name": "employeeId", "type": "string", "required": true, "input": true, "format": "person", "description": { "vi": "Người được xét", "en": "Employee" } },
            { "name": "decidedBy", "type": "string", "format": "person" }
          ],
          "nodes": [ { "id": "start", "type": "Start" }, { "id": "end", "type": "End" } ],
          "edges": [ { "from": "start", "to": "end" } ]
        }
        """);

    private const string Variables = """{ "council": ["E0101", "E0102"], "urgent": true, "period": "2027", "note": "", "employeeId": "E0106", "decidedBy": "E0101" }""";

    [Theory]
    [InlineData(AppCultures.Vietnamese, "Người được xét", "Kỳ xét")]
    [InlineData(AppCultures.English, "Employee", "Review period")]
    public async Task A_case_shows_its_required_start_fields_first_then_the_others_labelled_at_most_two(string culture, string employee, string period)
    {
        using var _ = new CultureScope(culture);
        await using var ctx = InboxContext.Create();

        var line = ctx.Render<CaseSummaryLine>(p => p.Add(c => c.Variables, Variables).Add(c => c.Definition, Definition));

        line.FindAll("[data-field]").Select(f => (f.GetAttribute("data-field"), f.TextContent)).ShouldBe(
            [("employeeId", $"{employee}: Trương Thị Ngọc Bích"), ("period", $"{period}: 2027")]);
        line.Find("[data-testid=case-summary]").GetAttribute("title").ShouldBe($"{employee}: Trương Thị Ngọc Bích · {period}: 2027");
    }

    [Fact]
    public void An_empty_field_is_left_out_and_only_one_may_be_shown()
    {
        using var variables = System.Text.Json.JsonDocument.Parse("""{ "employeeId": "", "period": "Quý I", "note": "Bổ sung" }""");

        var fields = CaseFields.Summary(variables.RootElement, Definition, Demo.Organization, max: 1);

        fields.Select(f => (f.Name, f.Value)).ShouldBe([("period", "Quý I")]);
    }

    [Fact]
    public async Task Without_its_definition_or_its_variables_a_case_shows_no_summary()
    {
        await using var ctx = InboxContext.Create();

        ctx.Render<CaseSummaryLine>(p => p.Add(c => c.Variables, Variables)).FindAll("[data-testid=case-summary]").ShouldBeEmpty();
        ctx.Render<CaseSummaryLine>(p => p.Add(c => c.Variables, null).Add(c => c.Definition, Definition)).FindAll("[data-testid=case-summary]").ShouldBeEmpty();
    }
}
