using Shouldly;
using Xunit;
using static DienHong.Engine.Tests.Definitions;
using static DienHong.Engine.Tests.Validation.Samples;

namespace DienHong.Engine.Tests.Validation;

/// <summary>Durations and dates out of range are errors naming their property; catalog tasks without a time limit are warned.</summary>
public sealed class RangeTests(ValidatorFixture fixture) : IClassFixture<ValidatorFixture>
{
    [Theory]
    [InlineData("\"due\": { \"workingDays\": 0 }", "property 'due': a duration of 0 means nothing here (give at least 1)")]
    [InlineData("\"due\": { \"workingDays\": 3651 }", "property 'due': 3651 workingDays is longer than the limit of 3650")]
    [InlineData("\"due\": { \"hours\": 87601 }", "property 'due': 87601 hours is longer than the limit of 87600")]
    [InlineData("\"due\": { \"days\": 1e400 }", "property 'due': 1e400 days is longer than the limit of 3650")]
    [InlineData("\"due\": { \"workingDays\": 5 }, \"reminders\": [ { \"every\": { \"workingDays\": 0 } } ]", "property 'reminders[0].every': a duration of 0 means nothing here (give at least 1)")]
    [InlineData("\"escalation\": { \"after\": { \"workingDays\": 9999 }, \"action\": \"complete\" }", "property 'escalation.after': 9999 workingDays is longer than the limit of 3650")]
    public void A_duration_out_of_range_is_an_error_naming_its_property(string properties, string message)
    {
        var errors = fixture.Validate(Through(Task("t", "\"Done\"", ", " + properties), "t", "Done")).Errors;

        errors.ShouldContain(e => e.Rule == "range" && e.NodeId == "t" && e.Message == message, string.Join("\n", errors));
        errors.Count(e => e.Rule == "range").ShouldBe(1);
    }

    [Fact]
    public void A_negative_duration_is_an_error_naming_its_property()
    {
        var errors = fixture.Validate(Through(Task("t", "\"Done\"", ", \"due\": { \"workingDays\": -1 }"), "t", "Done")).Errors;

        errors.ShouldHaveSingleItem().ToString().ShouldContain("node 't': property 'due': a duration is one of");
    }

    [Theory]
    [InlineData("""{ "id": "t", "type": "HumanTask", "assignee": { "role": "staff" }, "outcomes": ["Done"], "due": { "workingDays": 5 }, "reminders": [ { "before": { "workingDays": 0 } }, { "after": { "workingDays": 0 } } ] }""")]
    [InlineData("""{ "id": "t", "type": "HumanTask", "assignee": { "role": "staff" }, "outcomes": ["Done"], "due": { "workingDays": 5 }, "escalation": { "after": { "workingDays": 0 }, "action": "complete" } }""")]
    [InlineData("""{ "id": "t", "type": "Disclosure", "period": { "consecutiveDays": 20 }, "startWithin": { "workingDays": 0 } }""")]
    [InlineData("""{ "id": "t", "type": "HumanTask", "assignee": { "role": "staff" }, "outcomes": ["Done"], "due": { "workingDays": 3650 } }""")]
    public void Zero_where_it_means_something_and_the_limit_itself_are_valid(string node)
    {
        var errors = fixture.Validate(Through(node, "t")).Errors;

        errors.Where(e => e.Rule == "range").ShouldBeEmpty(string.Join("\n", errors));
    }

    [Theory]
    [InlineData("0001-01-01", "effectiveFrom", "property 'legalBasis[0].effectiveFrom': 0001-01-01 is outside the years 1900 to 2199")]
    [InlineData("9999-12-31", "effectiveFrom", "property 'legalBasis[0].effectiveFrom': 9999-12-31 is outside the years 1900 to 2199")]
    [InlineData("2025-02-30", "effectiveFrom", "property 'legalBasis[0].effectiveFrom': '2025-02-30' is not a date (yyyy-MM-dd)")]
    [InlineData("2023-06-30", "effectiveTo", "property 'legalBasis[0].effectiveTo': 2023-06-30 is before effectiveFrom 2023-07-01")]
    public void A_date_out_of_range_is_an_error_naming_its_property(string date, string property, string message)
    {
        var basis = property == "effectiveFrom"
            ? $$"""{ "document": "Luật 10/2022/QH15", "effectiveFrom": "{{date}}" }"""
            : $$"""{ "document": "Luật 10/2022/QH15", "effectiveFrom": "2023-07-01", "effectiveTo": "{{date}}" }""";

        var error = fixture.Validate(WithLegalBasis(basis)).Errors.ShouldHaveSingleItem();

        error.Rule.ShouldBe("range");
        error.Line.ShouldBe(4);
        error.Message.ShouldBe(message);
    }

    [Fact]
    public void A_node_s_legal_basis_dates_are_checked_too()
    {
        var node = """{ "id": "t", "type": "Timer", "after": { "hours": 1 }, "legalBasis": [ { "document": "Luật 10/2022/QH15", "effectiveFrom": "1000-01-01" } ] }""";

        var error = fixture.Validate(Through(node, "t")).Errors.ShouldHaveSingleItem();

        error.NodeId.ShouldBe("t");
        error.Message.ShouldStartWith("property 'legalBasis[0].effectiveFrom': 1000-01-01 is outside the years");
    }

    [Fact]
    public void A_catalog_task_without_due_is_a_warning_not_an_error()
    {
        var json = WithLegalBasis("""{ "document": "Luật 10/2022/QH15", "article": "Điều 46" }""").Replace(", \"due\": { \"workingDays\": 5 }", string.Empty, StringComparison.Ordinal);

        var report = fixture.Validate(json);

        report.IsValid.ShouldBeTrue(string.Join("\n", report.Errors));
        var warning = report.Warnings.ShouldHaveSingleItem();
        warning.Rule.ShouldBe("catalog-due");
        warning.ToString().ShouldBe("test.workflow.json:9: warning: node 'head-decide': a HumanTask in a catalog workflow (a definition with a legalBasis) should have a time limit 'due'");
        fixture.Validate(json, "vi-VN").Warnings.Single().Message.ShouldBe("bước HumanTask trong quy trình thuộc danh mục (định nghĩa có legalBasis) nên có thời hạn 'due'");
    }

    [Fact]
    public void A_task_without_due_outside_the_catalog_gets_no_warning() =>
        fixture.Validate(Valid.Replace(", \"due\": { \"workingDays\": 5 }", string.Empty, StringComparison.Ordinal)).Warnings.ShouldBeEmpty();

    /// <summary>The valid sample with a legalBasis on line 4 (which makes it a catalog workflow).</summary>
    private static string WithLegalBasis(string basis) =>
        Valid.Replace("\"version\": 1,", $"\"version\": 1,\n  \"legalBasis\": [ {basis} ],", StringComparison.Ordinal);
}
