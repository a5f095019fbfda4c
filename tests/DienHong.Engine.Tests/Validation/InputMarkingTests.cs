using DienHong.Engine.Definitions;
using Shouldly;
using Xunit;
using static DienHong.Engine.Tests.Validation.Samples;

namespace DienHong.Engine.Tests.Validation;

/// <summary>Which variables a start may give (<c>input</c>), which are filled from the starter (<c>from</c>), and who may start (<c>starters</c>).</summary>
public sealed class InputMarkingTests(ValidatorFixture fixture) : IClassFixture<ValidatorFixture>
{
    private static string WithVariables(string variables) => Through(Node("set", "SetVariable", ",\"variable\":\"x\",\"value\":1"), "set")
        .Replace("\"variables\": []", "\"variables\": " + variables, StringComparison.Ordinal);

    private static string Node(string id, string type, string extra) => Definitions.Node(id, type, extra);

    [Fact]
    public void A_definition_that_marks_no_input_is_warned_on_its_variables_line_and_stays_valid()
    {
        var report = fixture.Validate(WithVariables("""[{ "name": "x", "type": "number" }]"""));

        report.IsValid.ShouldBeTrue();
        var warning = report.Warnings.ShouldHaveSingleItem();
        warning.Rule.ShouldBe("input-unmarked");
        warning.Line.ShouldBe(5);
        fixture.Validate(WithVariables("""[{ "name": "x", "type": "number" }]"""), "vi").Warnings.Single().Message
            .ShouldStartWith("không biến nào cho biết khi khởi tạo có được nhập hay không");
    }

    [Fact]
    public void Marking_one_variable_marks_the_definition()
    {
        fixture.Validate(WithVariables("""[{ "name": "x", "type": "number", "input": false }, { "name": "y", "type": "string", "input": true }]""")).Findings.ShouldBeEmpty();
    }

    [Fact]
    public void A_variable_filled_from_the_starter_cannot_also_be_an_input()
    {
        var error = fixture.Validate(WithVariables("""[{ "name": "x", "type": "number", "input": false }, { "name": "who", "type": "string", "from": "starter", "input": true }]"""))
            .Errors.ShouldHaveSingleItem();

        error.Rule.ShouldBe("input-from");
        error.Message.ShouldBe("the variable 'who' is filled from 'starter' and cannot also be an input: remove \"input\": true");
    }

    [Fact]
    public void A_required_variable_no_start_may_give_is_an_error_unless_it_has_a_default_or_a_filler()
    {
        var error = fixture.Validate(WithVariables("""[{ "name": "x", "type": "number", "input": false }, { "name": "y", "type": "string", "required": true }]"""))
            .Errors.ShouldHaveSingleItem();
        error.Rule.ShouldBe("required-not-input");
        error.Message.ShouldStartWith("the variable 'y' is required but no start may give it");

        fixture.Validate(WithVariables("""[{ "name": "x", "type": "number", "input": false }, { "name": "y", "type": "string", "required": true, "default": "a" }]""")).Errors.ShouldBeEmpty();
        fixture.Validate(WithVariables("""[{ "name": "x", "type": "number", "input": false }, { "name": "y", "type": "string", "required": true, "from": "starter" }]""")).Errors.ShouldBeEmpty();
    }

    [Fact]
    public void From_knows_only_the_starter_and_starters_are_role_names()
    {
        fixture.Validate(WithVariables("""[{ "name": "x", "type": "number", "input": false }, { "name": "y", "type": "string", "from": "head" }]"""))
            .Errors.ShouldContain(e => e.Message.Contains("/variables/1/from", StringComparison.Ordinal));
        fixture.Validate(WithVariables("""[{ "name": "x", "type": "number", "input": false }]""").Replace("\"variables\":", "\"starters\": [\"Head Office\"], \"variables\":", StringComparison.Ordinal))
            .Errors.ShouldContain(e => e.Message.Contains("/starters/0", StringComparison.Ordinal));
    }

    [Fact]
    public void The_reader_keeps_inputs_fillers_and_starters()
    {
        var definition = DefinitionReader.Read(WithVariables("""[{ "name": "x", "type": "number", "input": false }, { "name": "s", "type": "string", "input": true }, { "name": "who", "type": "string", "from": "starter" }, { "name": "z" }]""")
            .Replace("\"variables\":", "\"starters\": [\"hr\", \"head\"], \"variables\":", StringComparison.Ordinal));

        definition.Starters.ShouldBe(["hr", "head"]);
        definition.MarksInputs.ShouldBeTrue();
        definition.InputVariables.Select(v => v.Name).ShouldBe(["s"]);
        definition.FindVariable("who")!.From.ShouldBe(VariableDefinition.FromStarter);
    }

    [Fact]
    public void An_older_definition_without_marks_accepts_every_declared_variable_and_anyone_may_start_it()
    {
        var definition = DefinitionReader.Read(WithVariables("""[{ "name": "x", "type": "number" }, { "name": "who", "type": "string", "from": "starter" }]"""));

        definition.Starters.ShouldBeNull();
        definition.MarksInputs.ShouldBeFalse();
        definition.InputVariables.Select(v => v.Name).ShouldBe(["x"]);
    }
}
