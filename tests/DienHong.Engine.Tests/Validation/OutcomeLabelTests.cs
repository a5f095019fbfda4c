using Shouldly;
using Xunit;
using static DienHong.Engine.Tests.Validation.Samples;

namespace DienHong.Engine.Tests.Validation;

/// <summary>The labels people read for outcomes (<c>outcomeLabels</c>): read by outcome name, each a text; a key a text does not know is refused.</summary>
public sealed class OutcomeLabelTests(ValidatorFixture fixture) : IClassFixture<ValidatorFixture>
{
    private static string WithLabels(string labels) => Through(Definitions.Node("set", "SetVariable", ",\"variable\":\"x\",\"value\":1"), "set")
        .Replace("\"variables\": []", "\"variables\": [{ \"name\": \"x\", \"type\": \"number\", \"input\": false }], \"outcomeLabels\": " + labels, StringComparison.Ordinal);

    [Fact]
    public void Outcome_labels_are_read_in_each_language_and_a_plain_string_is_vietnamese()
    {
        var json = WithLabels("""{ "Approve": { "vi": "Đồng ý", "en": "Agree" }, "Passed": "Thông qua" }""");

        fixture.Validate(json).Findings.ShouldBeEmpty();
        var definition = Engine.Definitions.DefinitionReader.Read(json);
        (definition.OutcomeLabel("Approve", "vi"), definition.OutcomeLabel("Approve", "en")).ShouldBe(("Đồng ý", "Agree"));
        definition.OutcomeLabel("Passed", "en").ShouldBe("Thông qua");
        definition.OutcomeLabel("Reject", "vi").ShouldBeNull();
    }

    [Fact]
    public void A_label_with_a_key_a_text_does_not_know_is_refused()
    {
        var report = fixture.Validate(WithLabels("""{ "Approve": { "vi": "Đồng ý", "fr": "D'accord" } }"""));

        report.IsValid.ShouldBeFalse();
        report.Errors.ShouldContain(e => e.Message == "unknown property 'outcomeLabels.Approve.fr': the known properties here are vi, en" && e.Line == 5);
    }
}
