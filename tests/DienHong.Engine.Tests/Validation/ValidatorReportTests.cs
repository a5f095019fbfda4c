using DienHong.Engine.Catalog;
using DienHong.Engine.Validation;
using DienHong.Persistence;
using Shouldly;
using Xunit;
using static DienHong.Engine.Tests.Validation.Samples;

namespace DienHong.Engine.Tests.Validation;

/// <summary>The report as a whole: clean files pass, every error of a file is listed, lines point at nodes, messages are bilingual.</summary>
public sealed class ValidatorReportTests(ValidatorFixture fixture) : IClassFixture<ValidatorFixture>
{
    [Fact]
    public void A_valid_definition_has_no_error()
    {
        var report = fixture.Validate(Valid);

        report.IsValid.ShouldBeTrue(string.Join("\n", report.Errors));
        report.File.ShouldBe("test.workflow.json");
    }

    [Fact]
    public void Every_error_of_a_file_is_reported()
    {
        var json = Valid
            .Replace("\"outcome\": \"Approve\", \"to\": \"check\"", "\"outcome\": \"Approved\", \"to\": \"check\"", StringComparison.Ordinal)
            .Replace("\"type\": \"Decision\"", "\"type\": \"Teleport\"", StringComparison.Ordinal)
            .Replace("\"workingDays\": 5", "\"fortnights\": 5", StringComparison.Ordinal)
            .Replace("{ \"id\": \"rejected\"", "{ \"id\": \"start\", \"type\": \"Start\" },\n    { \"id\": \"rejected\"", StringComparison.Ordinal);

        var errors = fixture.Validate(json).Errors;

        var rules = errors.Select(e => e.Rule).ToHashSet();
        foreach (var rule in new[] { "unknown-outcome", "unknown-type", "duration", "duplicate-id", "start-count" })
        {
            rules.ShouldContain(rule, string.Join("\n", errors.Select(e => $"[{e.Rule}] {e}")));
        }

        errors.Select(e => e.Line ?? 0).ShouldBeInOrder(SortDirection.Ascending);
    }

    [Fact]
    public void The_line_number_points_at_the_node()
    {
        var json = Valid.Replace("\"type\": \"Decision\"", "\"type\": \"Teleport\"", StringComparison.Ordinal);
        var expected = Array.FindIndex(json.Split('\n'), l => l.Contains("\"id\": \"check\"", StringComparison.Ordinal)) + 1;

        var error = fixture.Validate(json).Errors.First(e => e.Rule == "unknown-type");

        expected.ShouldBe(9);
        error.Line.ShouldBe(expected);
        error.ToString().ShouldStartWith($"test.workflow.json:{expected}: node 'check': unknown node type 'Teleport'");
    }

    [Fact]
    public void The_line_number_points_at_the_edge()
    {
        var json = Valid.Replace("\"outcome\": \"Approve\", \"to\": \"check\"", "\"outcome\": \"Approved\", \"to\": \"check\"", StringComparison.Ordinal);
        var expected = Array.FindIndex(json.Split('\n'), l => l.Contains("\"Approved\", \"to\"", StringComparison.Ordinal)) + 1;

        fixture.Validate(json).Errors.Single(e => e.Rule == "unknown-outcome").Line.ShouldBe(expected);
    }

    [Fact]
    public void Vietnamese_culture_gives_Vietnamese_messages()
    {
        var json = Valid.Replace("\"outcome\": \"Approve\", \"to\": \"check\"", "\"outcome\": \"Approved\", \"to\": \"check\"", StringComparison.Ordinal);

        var vi = fixture.Validate(json, "vi-VN").Errors.Single(e => e.Rule == "unknown-outcome");
        var en = fixture.Validate(json, "en").Errors.Single(e => e.Rule == "unknown-outcome");

        vi.ToString().ShouldContain("node 'head-decide': kết quả 'Approved' của luồng không phải là kết quả của HumanTask (Approve, Reject, RequestChanges, Overdue)");
        en.Message.ShouldStartWith("edge outcome 'Approved' is not an outcome of HumanTask");
        vi.Rule.ShouldBe(en.Rule);
    }

    [Fact]
    public async Task Publishing_an_invalid_definition_is_refused_with_every_error()
    {
        await using var host = await TestHost.CreateAsync();
        var json = Valid.Replace("\"type\": \"Decision\"", "\"type\": \"Teleport\"", StringComparison.Ordinal);

        var refused = await Should.ThrowAsync<DefinitionRejectedException>(() => host.Definitions.ImportPublishedAsync(json));

        refused.Report.Errors.ShouldContain(e => e.Rule == "unknown-type" && e.NodeId == "check");
        (await host.Definitions.ListAsync()).ShouldBeEmpty();
    }
}
