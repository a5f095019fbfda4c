using DienHong.Engine.Validation;
using Shouldly;
using Xunit;
using static DienHong.Engine.Tests.Definitions;
using static DienHong.Engine.Tests.Validation.Samples;

namespace DienHong.Engine.Tests.Validation;

/// <summary>One test per error kind of docs/format/definitions.md: each error names the node or edge and the rule it breaks.</summary>
public sealed class ValidatorRuleTests(ValidatorFixture fixture) : IClassFixture<ValidatorFixture>
{
    [Fact]
    public void Malformed_json_gives_line_and_column()
    {
        var json = "{\n  \"key\": \"broken\",\n  \"nodes\": [ { \"id\": \"start\" \"type\": \"Start\" } ]\n}";

        var error = Single(json, "json");

        error.Line.ShouldBe(3);
        error.Column.ShouldNotBeNull();
        error.Column.Value.ShouldBeGreaterThan(20);
        error.Message.ShouldStartWith("malformed JSON");
        error.ToString().ShouldStartWith($"test.workflow.json:3:{error.Column}: malformed JSON");
    }

    [Fact]
    public void Unknown_node_type()
    {
        var error = Single(Through(Node("send-mail", "Teleport"), "send-mail"), "unknown-type");

        error.NodeId.ShouldBe("send-mail");
        error.ToString().ShouldContain("node 'send-mail': unknown node type 'Teleport' (known types: ");
        error.Message.ShouldContain("HumanTask");
    }

    [Fact]
    public void Duplicate_id()
    {
        var json = Flow(string.Join(",", Task("review"), Task("review")), string.Join(",", Edge("start", "review"), Edge("review", "done", "Done")));

        var error = Single(json, "duplicate-id");

        error.NodeId.ShouldBe("review");
        error.ToString().ShouldContain("node 'review': duplicate node id 'review'");
    }

    [Fact]
    public void No_start_node()
    {
        var json = Workflow("no-start", string.Join(",", Task("review"), EndNode), Edge("review", "done", "Done"));

        var error = Single(json, "start-count");

        error.Message.ShouldBe("the definition has no Start node (it needs exactly one)");
    }

    [Fact]
    public void Several_start_nodes()
    {
        var json = Flow("""{ "id": "start-2", "type": "Start" }""", string.Join(",", Edge("start", "done"), Edge("start-2", "done")));

        // The second Start is also unreachable from the first: that is reported too, and nothing else.
        var error = Single(json, "start-count", ignore: "unreachable");

        error.NodeId.ShouldBe("start-2");
        error.ToString().ShouldContain("node 'start-2': the definition has 2 Start nodes (start, start-2); it needs exactly one");
    }

    [Fact]
    public void Edge_to_a_missing_node()
    {
        var json = Flow(Task("review"), string.Join(",", Edge("start", "review"), Edge("review", "ghost", "Done"), Edge("review", "done", "Done")));

        var error = Single(json, "missing-node");

        error.EdgeIndex.ShouldBe(1);
        error.ToString().ShouldEndWith("edge #2: edge review [Done] -> ghost: node 'ghost' does not exist");
    }

    [Fact]
    public void Edge_from_a_missing_node()
    {
        var json = Flow(Task("review"), string.Join(",", Edge("start", "review"), Edge("review", "done", "Done"), Edge("phantom", "review")));

        var error = Single(json, "missing-node");

        error.EdgeIndex.ShouldBe(2);
        error.Message.ShouldContain("node 'phantom' does not exist");
    }

    [Fact]
    public void Unknown_outcome_names_the_node_and_lists_the_outcomes()
    {
        var json = Valid.Replace("\"outcome\": \"Approve\", \"to\": \"check\"", "\"outcome\": \"Approved\", \"to\": \"check\"", StringComparison.Ordinal);

        var error = Single(json, "unknown-outcome", ignore: "unrouted-outcome");

        error.NodeId.ShouldBe("head-decide");
        error.ToString().ShouldContain("node 'head-decide': edge outcome 'Approved' is not an outcome of HumanTask (Approve, Reject, RequestChanges, Overdue)");
    }

    [Fact]
    public void Node_unreachable_from_start()
    {
        var json = Flow(string.Join(",", Task("review"), Task("orphan")),
            string.Join(",", Edge("start", "review"), Edge("review", "done", "Done"), Edge("orphan", "done", "Done")));

        var error = Single(json, "unreachable");

        error.NodeId.ShouldBe("orphan");
        error.ToString().ShouldContain("node 'orphan': node is unreachable from Start");
    }

    [Fact]
    public void A_cycle_with_no_exit_is_a_trap_warning()
    {
        var json = Flow(string.Join(",", Task("ping"), Task("pong"), Task("other")),
            string.Join(",", Edge("start", "ping"), Edge("start", "other"), Edge("other", "done", "Done"), Edge("ping", "pong", "Done"), Edge("pong", "ping", "Done")));

        var report = fixture.Validate(json);
        var errors = report.Warnings;

        report.IsValid.ShouldBeTrue(Describe(report.Errors));
        errors[0].ToString().ShouldContain(": warning: node '");

        errors.ShouldAllBe(e => e.Rule == "trap", Describe(errors));
        errors.Select(e => e.NodeId).ShouldBe(["ping", "pong"], ignoreOrder: true);
        errors[0].Message.ShouldBe("node has no path to an End (a trap: the instance could never finish)");
    }

    [Fact]
    public void Expression_syntax_error()
    {
        var error = Single(Through("""{ "id": "check", "type": "Decision", "condition": "=vars.score >= " }""", "check")
            .Replace("[ ]", "[ { \"name\": \"score\", \"type\": \"number\" } ]", StringComparison.Ordinal), "expression", ignore: "unknown-outcome");

        error.NodeId.ShouldBe("check");
        error.ToString().ShouldContain("node 'check': property 'condition': expression syntax error in '=vars.score >= ': ");
    }

    [Fact]
    public void Join_with_fewer_than_two_inbound_edges()
    {
        var error = Single(Through(Node("sync", "Join"), "sync"), "join-inbound");

        error.NodeId.ShouldBe("sync");
        error.ToString().ShouldContain("node 'sync': a Join needs at least two inbound edges (it has 1)");
    }

    [Fact]
    public void Invalid_duration()
    {
        var error = Single(Through("""{ "id": "wait", "type": "Timer", "after": { "weeks": 2 } }""", "wait"), "duration");

        error.NodeId.ShouldBe("wait");
        error.ToString().ShouldContain("node 'wait': property 'after': a duration is one of");
    }

    [Fact]
    public void Missing_required_property()
    {
        var error = Single(Through(Node("check", "Decision"), "check"), "required");

        error.NodeId.ShouldBe("check");
        error.ToString().ShouldContain("node 'check': missing required property 'condition' of Decision");
    }

    [Fact]
    public void Unknown_variable()
    {
        var json = Flow("""{ "id": "check", "type": "Decision", "condition": "=vars.scor >= 80" }""",
            string.Join(",", Edge("start", "check"), Edge("check", "done", "True"), Edge("check", "done", "False")),
            """[ { "name": "score", "type": "number" } ]""");

        var error = Single(json, "unknown-variable");

        error.NodeId.ShouldBe("check");
        error.ToString().ShouldContain("node 'check': property 'condition': expression '=vars.scor >= 80' reads unknown variable 'vars.scor'");
    }

    /// <summary>The one error of <paramref name="rule"/>, after checking no other rule fired (but <paramref name="ignore"/>).</summary>
    private ValidationError Single(string json, string rule, string? ignore = null)
    {
        var errors = fixture.Validate(json).Errors.Where(e => e.Rule != ignore && e.Rule != "schema" || e.Rule == rule).ToList();
        errors.ShouldHaveSingleItem(Describe(errors)).Rule.ShouldBe(rule, Describe(errors));
        return errors[0];
    }

    private static string Describe(IEnumerable<ValidationError> errors) => string.Join("\n", errors.Select(e => $"[{e.Rule}] {e}"));
}
