using DienHong.Engine.Validation;
using Shouldly;
using Xunit;
using static DienHong.Engine.Tests.Definitions;
using static DienHong.Engine.Tests.Validation.Samples;

namespace DienHong.Engine.Tests.Validation;

/// <summary>Nothing in a definition is silently ignored: an unknown key at any level is an error naming it, with the closest known name.</summary>
public sealed class UnknownPropertyTests(ValidatorFixture fixture) : IClassFixture<ValidatorFixture>
{
    [Fact]
    public void A_misspelt_node_property_names_the_node_type_and_suggests_the_known_name()
    {
        var json = Valid.Replace("\"due\": { \"workingDays\": 5 }", "\"due\": { \"workingDays\": 5 }, \"escalaton\": { \"after\": { \"workingDays\": 1 }, \"action\": \"complete\" }", StringComparison.Ordinal);

        var error = fixture.Validate(json).Errors.ShouldHaveSingleItem();

        error.Rule.ShouldBe("unknown-property");
        error.NodeId.ShouldBe("head-decide");
        error.Line.ShouldBe(8);
        error.ToString().ShouldBe("test.workflow.json:8: node 'head-decide': unknown property 'escalaton' of HumanTask: did you mean 'escalation'?");
    }

    [Fact]
    public void The_message_is_vietnamese_in_a_vietnamese_culture()
    {
        var json = Valid.Replace("\"outcomes\": [", "\"outcoms\": [\"x\"], \"outcomes\": [", StringComparison.Ordinal);

        var error = fixture.Validate(json, "vi-VN").Errors.ShouldHaveSingleItem();

        error.Message.ShouldBe("thuộc tính không xác định 'outcoms' của HumanTask: có phải là 'outcomes'?");
    }

    [Theory]
    [InlineData("""{ "id": "t", "type": "HumanTask", "assignee": { "role": "staff" }, "outcomes": ["Done"], "due": { "workingDays": 5 }, "reminders": [ { "befor": { "workingDays": 1 } } ] }""", "reminders[0].befor", "before")]
    [InlineData("""{ "id": "t", "type": "HumanTask", "assignee": { "role": "staff" }, "outcomes": ["Done"], "due": { "workingDays": 5 }, "escalation": { "after": { "workingDays": 1 }, "to": { "role": "head" }, "acton": "reassign" } }""", "escalation.acton", "action")]
    [InlineData("""{ "id": "t", "type": "HumanTask", "assignee": { "role": "staff" }, "outcomes": ["Done"], "due": { "workingDays": 5 }, "escalation": { "after": { "workingDays": 1 }, "to": { "role": "head", "usr": "x" } } }""", "escalation.to.usr", "user")]
    [InlineData("""{ "id": "t", "type": "HumanTask", "assignee": { "role": "staff", "roel": "x" }, "outcomes": ["Done"] }""", "assignee.roel", "role")]
    [InlineData("""{ "id": "t", "type": "HumanTask", "assignee": { "role": "staff" }, "outcomes": ["Done"], "form": [ { "name": "periods", "lable": "x" } ] }""", "form[0].lable", "label")]
    [InlineData("""{ "id": "t", "type": "Join", "policy": { "atleast": 2 } }""", "policy.atleast", "atLeast")]
    [InlineData("""{ "id": "t", "type": "Switch", "cases": [ { "outcome": "A", "conditon": "=true" } ] }""", "cases[0].conditon", "condition")]
    [InlineData("""{ "id": "t", "type": "Vote", "electorate": ["a", "b"], "threshold": { "moreThan": 0.5, "off": "attendees" } }""", "threshold.off", "of")]
    [InlineData("""{ "id": "t", "type": "ParallelReview", "reviewers": [ { "user": "a", "rol": "x" } ] }""", "reviewers[0].rol", "role")]
    [InlineData("""{ "id": "t", "type": "Notify", "to": [ { "role": "hr" }, { "emial": "a@b.vn" } ], "subject": "s", "body": "b" }""", "to[1].emial", "email")]
    [InlineData("""{ "id": "t", "type": "End", "name": { "vi": "Xong", "eng": "Done" } }""", "name.eng", "en")]
    public void A_misspelt_key_in_a_nested_object_is_named_by_its_path(string node, string path, string suggestion)
    {
        var errors = fixture.Validate(Through(node, "t")).Errors.Where(e => e.Rule == "unknown-property").ToList();

        var error = errors.ShouldHaveSingleItem();
        error.NodeId.ShouldBe("t");
        error.Message.ShouldEndWith($"unknown property '{path}' of {node.Split("\"type\": \"")[1].Split('"')[0]}: did you mean '{suggestion}'?");
    }

    [Fact]
    public void Unknown_keys_outside_nodes_are_named_by_their_path_from_the_top()
    {
        var json = Valid
            .Replace("\"version\": 1,", "\"version\": 1, \"layuot\": {},", StringComparison.Ordinal)
            .Replace("\"type\": \"number\", \"input\": true }", "\"type\": \"number\", \"input\": true, \"requird\": true }", StringComparison.Ordinal)
            .Replace("{ \"from\": \"start\", \"to\": \"head-decide\" }", "{ \"from\": \"start\", \"to\": \"head-decide\", \"outcom\": \"x\" }", StringComparison.Ordinal);

        var errors = fixture.Validate(json).Errors;

        errors.Select(e => e.Message).ShouldBe(
        [
            "unknown property 'layuot': did you mean 'layout'?",
            "unknown property 'variables[0].requird': did you mean 'required'?",
            "unknown property 'edges[0].outcom': did you mean 'outcome'?",
        ]);
        errors[2].EdgeIndex.ShouldBe(0);
        errors.ShouldAllBe(e => e.Rule == "unknown-property");
    }

    [Fact]
    public void Legal_basis_and_layout_entries_are_checked_too()
    {
        var json = Valid.Replace(
            "\"variables\":",
            """ "legalBasis": [ { "document": "Luật 10/2022/QH15", "artcle": "Điều 46" } ], "layout": { "start": { "x": 1, "y": 2, "z": 3 } }, "variables":""",
            StringComparison.Ordinal);

        var errors = fixture.Validate(json).Errors;

        errors.Select(e => e.Message).ShouldBe(
            ["unknown property 'legalBasis[0].artcle': did you mean 'article'?", "unknown property 'layout.start.z': the known properties here are x, y"],
            ignoreOrder: true);
    }

    [Fact]
    public void Without_a_plausible_suggestion_the_known_keys_are_listed()
    {
        var error = fixture.Validate(Through("""{ "id": "t", "type": "Timer", "after": { "hours": 2 }, "colour": "red" }""", "t")).Errors.ShouldHaveSingleItem();

        error.Message.ShouldBe("unknown property 'colour' of Timer: the known properties here are id, type, name, description, legalBasis, ends, after, at, dueVariable");
    }

    [Fact]
    public void The_metadata_every_node_may_carry_is_declared_not_tolerated()
    {
        var node = """
            { "id": "t", "type": "Timer", "name": { "vi": "Chờ", "en": "Wait" }, "description": { "vi": "Chờ hai giờ" },
              "legalBasis": [ { "document": "Luật 10/2022/QH15", "article": "Điều 47", "effectiveFrom": "2023-07-01" } ],
              "ends": { "Expired": "Expired" }, "after": { "hours": 2 } }
            """;

        fixture.Validate(Through(node, "t")).Errors.Where(e => e.Rule == "unknown-property").ShouldBeEmpty();
    }

    [Fact]
    public void A_node_of_unknown_type_is_reported_once_not_for_each_of_its_keys()
    {
        var errors = fixture.Validate(Through("""{ "id": "t", "type": "Teleport", "destination": "Huế" }""", "t")).Errors;

        errors.ShouldNotContain(e => e.Rule == "unknown-property");
        errors.ShouldContain(e => e.Rule == "unknown-type");
    }
}
