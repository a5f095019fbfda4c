using DienHong.Engine.Validation;
using Shouldly;
using Xunit;
using static DienHong.Engine.Tests.Definitions;
using static DienHong.Engine.Tests.Validation.Samples;

namespace DienHong.Engine.Tests.Validation;

/// <summary>The flow rules: every outcome routed (or declared in <c>ends</c>), loops that never wait, joins waiting for branches that cannot come.</summary>
public sealed class FlowRuleTests(ValidatorFixture fixture) : IClassFixture<ValidatorFixture>
{
    private const string HeadDecides = """{ "id": "head", "type": "HumanTask", "assignee": { "role": "head" }, "outcomes": ["Approve", "Reject"]""";

    [Fact]
    public void An_outcome_without_an_edge_is_an_error_naming_the_node_and_the_outcome()
    {
        var error = Only(Through(HeadDecides + " }", "head", "Approve"), "unrouted-outcome");

        error.NodeId.ShouldBe("head");
        error.Line.ShouldNotBeNull();
        error.ToString().ShouldContain("node 'head': these outcomes lead nowhere: 'Reject'. Give each an edge, or declare in \"ends\" the case outcome it ends with, e.g. \"ends\": { \"Reject\": \"...\" }");
    }

    [Fact]
    public void The_message_is_in_Vietnamese_too()
    {
        var error = fixture.Validate(Through(HeadDecides + " }", "head", "Approve"), "vi").Errors.Single(e => e.Rule == "unrouted-outcome");

        error.Message.ShouldStartWith("các kết quả sau không dẫn tới đâu: 'Reject'. Thêm luồng cho mỗi kết quả");
    }

    [Fact]
    public void A_task_with_no_edge_at_all_loses_every_outcome()
    {
        var json = Flow(string.Join(",", Node("fork", "Fork"), Task("side", "\"Noted\",\"Objected\"")), string.Join(",", Edge("start", "fork"), Edge("fork", "side"), Edge("fork", "done")));

        Only(json, "unrouted-outcome").Message.ShouldStartWith("these outcomes lead nowhere: 'Noted', 'Objected'.");
    }

    [Theory]
    [InlineData(""", "ends": { "Reject": "Rejected" } }""")]
    [InlineData(""", "ends": { "Reject": null } }""")]
    public void An_ends_entry_routes_the_outcome(string ends)
    {
        fixture.Validate(Through(HeadDecides + ends, "head", "Approve")).Findings.ShouldBeEmpty();
    }

    [Fact]
    public void An_edge_without_outcome_routes_every_outcome()
    {
        fixture.Validate(Through(HeadDecides + " }", "head")).Findings.ShouldBeEmpty();
    }

    [Theory]
    [InlineData("", false)]
    [InlineData(""", "escalation": { "after": { "days": 2 }, "action": "reassign", "to": { "role": "head" } }""", false)]
    [InlineData(""", "escalation": { "after": { "days": 2 }, "action": "complete" }""", true)]
    public void Overdue_must_be_routed_only_when_the_escalation_completes_the_task(string escalation, bool required)
    {
        ShouldRequireRoute(Through(Task("reply", "\"Done\"", escalation), "reply", "Done"), "Overdue", required);
    }

    [Theory]
    [InlineData("", false)]
    [InlineData(""", "quorum": { "fraction": "2/3" }""", true)]
    public void NoQuorum_must_be_routed_only_when_the_vote_has_a_quorum(string quorum, bool required)
    {
        var vote = $$"""{ "id": "vote", "type": "Vote", "electorate": ["an", "binh"]{{quorum}} }""";
        ShouldRequireRoute(Flow(vote, string.Join(",", Edge("start", "vote"), Edge("vote", "done", "Passed"), Edge("vote", "done", "Failed"))), "NoQuorum", required);
    }

    [Fact]
    public void A_node_with_only_a_default_outcome_and_only_outcome_edges_loses_it()
    {
        var json = Flow(string.Join(",", Node("set", "SetVariable", ",\"variable\":\"x\",\"value\":1"), Task("handle")),
            string.Join(",", Edge("start", "set"), Edge("set", "handle", "Faulted"), Edge("handle", "done", "Done")), """[{ "name": "x", "type": "number", "input": false }]""");

        Only(json, "unrouted-outcome").Message.ShouldBe("the node has edges but none without an outcome, so its default outcome leads nowhere");
    }

    [Fact]
    public void A_default_outcome_node_without_edges_is_a_legal_end_of_its_branch()
    {
        var json = Flow(string.Join(",", Node("fork", "Fork"), Node("set", "SetVariable", ",\"variable\":\"x\",\"value\":1")),
            string.Join(",", Edge("start", "fork"), Edge("fork", "set"), Edge("fork", "done")), """[{ "name": "x", "type": "number", "input": false }]""");

        fixture.Validate(json).Findings.ShouldBeEmpty();
    }

    [Fact]
    public void Faulted_needs_no_route()
    {
        fixture.Validate(Through(Node("set", "SetVariable", ",\"variable\":\"x\",\"value\":\"=vars.x + 1\""), "set")
            .Replace("\"variables\": []", "\"variables\": [{ \"name\": \"x\", \"type\": \"number\", \"input\": false }]", StringComparison.Ordinal)).Findings.ShouldBeEmpty();
    }

    [Fact]
    public void An_ends_entry_must_name_an_outcome_of_the_node()
    {
        var error = Only(Through(HeadDecides + """, "ends": { "Reject": "Rejected", "Maybe": "Open" } }""", "head", "Approve"), "ends");

        error.NodeId.ShouldBe("head");
        error.Message.ShouldBe("\"ends\" names 'Maybe', which is not an outcome of HumanTask (Approve, Reject, Overdue)");
    }

    [Theory]
    [InlineData("head", "Reject")]
    [InlineData("head", null)]
    public void An_ends_entry_for_an_outcome_an_edge_takes_would_never_apply(string from, string? outcome)
    {
        var json = Flow(HeadDecides + """, "ends": { "Reject": "Rejected" } }""",
            string.Join(",", Edge("start", "head"), Edge(from, "done", "Approve"), Edge(from, "done", outcome)));

        Only(json, "ends").Message.ShouldBe("\"ends\" entry 'Reject' never applies: an edge already takes that outcome");
    }

    [Theory]
    [InlineData("\"Rejected\"", "property 'ends': must be an object mapping an outcome to the case outcome it ends with")]
    [InlineData("{ \"Reject\": 5 }", "property 'ends.Reject': must be the name of the case outcome")]
    [InlineData("{ \"Reject\": \"\" }", "property 'ends.Reject': must be the name of the case outcome")]
    [InlineData("{ \"Reject\": \"=vars.x\" }", "property 'ends.Reject': must be the name of the case outcome")]
    public void A_malformed_ends_is_an_error(string ends, string message)
    {
        var errors = fixture.Validate(Through(HeadDecides + $", \"ends\": {ends} }}", "head")).Errors;

        errors.ShouldContain(e => e.Rule == "ends" && e.NodeId == "head" && e.Message.StartsWith(message, StringComparison.Ordinal), Describe(errors));
    }

    [Fact]
    public void A_cycle_in_which_no_node_waits_is_a_warning_naming_its_nodes()
    {
        var json = Flow(string.Join(",", Node("count", "SetVariable", ",\"variable\":\"x\",\"value\":\"=vars.x + 1\""), Node("check", "Decision", ",\"condition\":\"=vars.x < 3\"")),
            string.Join(",", Edge("start", "count"), Edge("count", "check"), Edge("check", "count", "True"), Edge("check", "done", "False")), """[{ "name": "x", "type": "number", "input": false }]""");

        var report = fixture.Validate(json);

        report.IsValid.ShouldBeTrue();
        var warning = report.Warnings.ShouldHaveSingleItem();
        (warning.Rule, warning.NodeId).ShouldBe(("cycle-without-wait", "count"));
        warning.ToString().ShouldContain("warning: node 'count': the cycle count → check has no node that waits");
        fixture.Validate(json, "vi").Warnings.Single().Message.ShouldStartWith("vòng lặp count → check không có bước nào chờ");
    }

    [Fact]
    public void A_node_looping_on_itself_without_waiting_is_a_warning()
    {
        var json = Flow(Node("check", "Decision", ",\"condition\":\"=vars.x < 3\""),
            string.Join(",", Edge("start", "check"), Edge("check", "check", "True"), Edge("check", "done", "False")), """[{ "name": "x", "type": "number", "input": false }]""");

        fixture.Validate(json).Warnings.ShouldHaveSingleItem().Message.ShouldStartWith("the cycle check has no node that waits");
    }

    [Fact]
    public void A_cycle_through_a_task_is_fine()
    {
        fixture.Validate(Valid).Findings.ShouldBeEmpty();
    }

    [Fact]
    public void Separate_cycles_are_each_named()
    {
        var json = Flow(string.Join(",", Node("a", "Decision", ",\"condition\":true"), Node("b", "Decision", ",\"condition\":true"), Task("wait", "\"Again\",\"Go\""),
                Node("c", "Decision", ",\"condition\":true")),
            string.Join(",", Edge("start", "a"), Edge("a", "a", "True"), Edge("a", "wait", "False"), Edge("wait", "b", "Again"), Edge("wait", "c", "Go"), Edge("b", "wait", "True"),
                Edge("b", "c", "False"), Edge("c", "c", "True"), Edge("c", "done", "False")));

        fixture.Validate(json).Warnings.Select(w => w.NodeId).ShouldBe(["a", "c"], ignoreOrder: true);
    }

    [Fact]
    public void A_join_branch_from_an_unreachable_node_is_an_error_on_the_join()
    {
        var json = Flow(string.Join(",", Node("fork", "Fork"), Task("a"), Task("orphan"), Node("sync", "Join")),
            string.Join(",", Edge("start", "fork"), Edge("fork", "a"), Edge("fork", "sync"), Edge("a", "sync", "Done"), Edge("orphan", "sync", "Done"), Edge("sync", "done")));

        var error = Only(json, "join-unreachable-branch", ignore: "unreachable");

        error.NodeId.ShouldBe("sync");
        error.EdgeIndex.ShouldBe(4);
        error.Message.ShouldBe("the branch from 'orphan' can never arrive: 'orphan' cannot be reached from Start");
    }

    [Fact]
    public void A_join_branch_on_an_outcome_the_node_never_produces_is_an_error_on_the_join()
    {
        var json = Flow(string.Join(",", Node("fork", "Fork"), Task("a"), Task("b"), Node("sync", "Join")),
            string.Join(",", Edge("start", "fork"), Edge("fork", "a"), Edge("fork", "b"), Edge("a", "sync", "Done"), Edge("b", "sync", "Done"), Edge("b", "sync", "Overdue"),
                Edge("sync", "done")));

        var error = Only(json, "join-unreachable-branch");

        (error.NodeId, error.EdgeIndex).ShouldBe(("sync", 5));
        error.Message.ShouldBe("the branch from 'b' can never arrive: as configured, 'b' never ends with outcome 'Overdue'");
    }

    [Fact]
    public void A_join_branch_behind_a_node_reached_only_through_a_dead_outcome_is_an_error()
    {
        var json = Flow(string.Join(",", Node("fork", "Fork"), Task("a"), Task("late"), Node("sync", "Join")),
            string.Join(",", Edge("start", "fork"), Edge("fork", "a"), Edge("fork", "sync"), Edge("a", "sync", "Done"), Edge("a", "late", "Overdue"), Edge("late", "sync", "Done"),
                Edge("sync", "done")));

        Only(json, "join-unreachable-branch").Message.ShouldBe("the branch from 'late' can never arrive: 'late' cannot be reached from Start");
    }

    private void ShouldRequireRoute(string json, string outcome, bool required)
    {
        string[] expected = required ? [$"these outcomes lead nowhere: '{outcome}'. Give each an edge, or declare in \"ends\" the case outcome it ends with, e.g. \"ends\": {{ \"{outcome}\": \"...\" }} (null ends only this branch)"] : [];
        fixture.Validate(json).Errors.Select(e => e.Message).ShouldBe(expected);
    }

    private ValidationError Only(string json, string rule, string? ignore = null)
    {
        var errors = fixture.Validate(json).Errors.Where(e => e.Rule != ignore).ToList();
        errors.ShouldHaveSingleItem(Describe(errors)).Rule.ShouldBe(rule, Describe(errors));
        return errors[0];
    }

    private static string Describe(IEnumerable<ValidationError> errors) => string.Join("\n", errors.Select(e => $"[{e.Rule}] {e}"));
}
