using DienHong.Engine.Activities;
using DienHong.Engine.Definitions;
using DienHong.Engine.Runtime;
using DienHong.Engine.Validation;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;
using Xunit;
using static DienHong.Engine.Tests.Definitions;
using static DienHong.Engine.Tests.Validation.Samples;

namespace DienHong.Engine.Tests.Compiling;

/// <summary>The definition compiler: each property kind's shape, expressions and their variables, ends, and what a compiled definition answers.</summary>
public sealed class CompilerTests : IAsyncLifetime
{
    private TestHost host = null!;

    public async Task InitializeAsync() => host = await TestHost.CreateAsync(services: s => s.AddSingleton<IActivity, KindsActivity>());

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Theory]
    [InlineData("\"expression\": \"vars.x\"", "property", "property 'expression': must be an expression (a string starting with '=')")]
    [InlineData("\"duration\": { \"weeks\": 2 }", "duration", "property 'duration': ")]
    [InlineData("\"assignee\": \"head\"", "property", "property 'assignee': an assignee is { \"role\": \"...\" }, { \"user\": \"...\" } or { \"expression\": \"=...\" }")]
    [InlineData("\"assignee\": { \"role\": \"head\", \"user\": \"an\" }", "property", "property 'assignee': an assignee is")]
    [InlineData("\"assignee\": { \"team\": \"head\" }", "property", "property 'assignee': an assignee is")]
    [InlineData("\"assignee\": { \"role\": 5 }", "property", "property 'assignee': an assignee is")]
    [InlineData("\"names\": \"an\"", "property", "property 'names': must be a list of names")]
    [InlineData("\"names\": [\"an\", 5]", "property", "property 'names': must be a list of names")]
    [InlineData("\"label\": 5", "property", "property 'label': must be a text { \"vi\": \"...\", \"en\": \"...\" }")]
    [InlineData("\"count\": \"five\"", "property", "property 'count': must be a number")]
    [InlineData("\"flag\": \"yes\"", "property", "property 'flag': must be true or false")]
    [InlineData("\"text\": 5", "property", "property 'text': must be a text")]
    [InlineData("\"template\": [\"a\"]", "property", "property 'template': must be a text")]
    [InlineData("\"fail\": \"json\"", "property", "bad JSON inside")]
    [InlineData("\"fail\": \"operation\"", "property", "not an object")]
    [InlineData("\"fail\": \"format\"", "property", "not a number")]
    public void A_property_of_the_wrong_shape_is_named_with_its_rule(string property, string rule, string message)
    {
        // A key the shape does not know ({"team": ...}) is also reported as an unknown property, with its suggestion.
        var errors = Validate(Kinds(property)).Where(e => e.Rule != "unknown-property").ToList();

        var error = errors.ShouldHaveSingleItem(string.Join("\n", errors));
        (error.NodeId, error.Rule).ShouldBe(("kinds", rule));
        error.Message.ShouldStartWith(message);
    }

    [Theory]
    [InlineData("\"expression\": \"=vars.x\"")]
    [InlineData("\"duration\": { \"workingDays\": 2 }")]
    [InlineData("\"duration\": \"=vars.x\"")]
    [InlineData("\"assignee\": { \"role\": \"head\" }")]
    [InlineData("\"assignee\": { \"user\": \"an\" }")]
    [InlineData("\"assignee\": { \"expression\": \"=vars.x\" }")]
    [InlineData("\"names\": [\"an\", \"binh\"]")]
    [InlineData("\"names\": []")]
    [InlineData("\"label\": { \"vi\": \"Nhãn\", \"en\": \"Label\" }")]
    [InlineData("\"label\": \"Nhãn\"")]
    [InlineData("\"count\": 5")]
    [InlineData("\"count\": \"=vars.x\"")]
    [InlineData("\"flag\": true")]
    [InlineData("\"flag\": false")]
    [InlineData("\"text\": \"plain\"")]
    [InlineData("\"text\": { \"vi\": \"chữ\" }")]
    [InlineData("\"template\": \"Xin chào {{ name }}\"")]
    [InlineData("\"count\": null")]
    public void A_property_of_the_right_shape_passes(string property)
    {
        Validate(Kinds(property)).ShouldBeEmpty();
    }

    [Fact]
    public void A_missing_required_property_names_the_property_and_the_type()
    {
        var json = Flow(Node("kinds", "Kinds"), string.Join(",", Edge("start", "kinds"), Edge("kinds", "done")));

        var error = Validate(json).ShouldHaveSingleItem();

        (error.Rule, error.Message).ShouldBe(("required", "missing required property 'must' of Kinds"));
    }

    [Fact]
    public void Expressions_nested_in_objects_and_lists_are_named_by_their_path()
    {
        var errors = Validate(Kinds("\"fail\": { \"cases\": [ \"=1\", { \"when\": \"=vars.ghost\" } ] }"));

        errors.ShouldHaveSingleItem().Message.ShouldBe("property 'fail.cases[1].when': expression '=vars.ghost' reads unknown variable 'vars.ghost' (declare it in \"variables\")");
    }

    [Fact]
    public void Each_node_using_an_unknown_variable_is_named()
    {
        var json = Flow(string.Join(",", Node("a", "Kinds", ",\"must\":\"=vars.ghost\""), Node("b", "Kinds", ",\"must\":\"=vars.ghost\"")),
            string.Join(",", Edge("start", "a"), Edge("a", "b"), Edge("b", "done")), Variables);

        Validate(json).Select(e => (e.NodeId, e.Rule)).ShouldBe([("a", "unknown-variable"), ("b", "unknown-variable")]);
    }

    [Fact]
    public void A_syntax_error_is_named_in_each_node_that_has_it()
    {
        var json = Flow(string.Join(",", Node("a", "Kinds", ",\"must\":\"=1 +\""), Node("b", "Kinds", ",\"must\":\"=1 +\"")),
            string.Join(",", Edge("start", "a"), Edge("a", "b"), Edge("b", "done")), Variables);

        Validate(json).Select(e => (e.NodeId, e.Rule)).ShouldBe([("a", "expression"), ("b", "expression")]);
    }

    [Fact]
    public void A_compiled_definition_knows_its_nodes_edges_expressions_ends_and_reach()
    {
        var definition = DefinitionReader.Read(Workflow("compiled",
            string.Join(",", Node("start", "Start"), Node("fork", "Fork"), Task("a", "\"Done\",\"Stop\"", ",\"ends\":{\"Stop\":\"Stopped\"}"), Task("b"), Node("join", "Join"),
                Node("check", "Decision", ",\"condition\":\"=vars.x > 1\""), Node("end", "End")),
            string.Join(",", Edge("start", "fork"), Edge("fork", "a"), Edge("fork", "b"), Edge("a", "join", "Done"), Edge("b", "join", "Done"), Edge("join", "check"),
                Edge("check", "end", "True"), Edge("check", "end", "False")), Variables));

        var compiled = host.Get<DefinitionCompiler>().Compile("v1", definition);

        compiled.Start.Id.ShouldBe("start");
        compiled.Find("ghost").ShouldBeNull();
        Should.Throw<KeyNotFoundException>(() => compiled.Node("ghost"));
        compiled.Node("a").Ends.ShouldBe(new Dictionary<string, string?> { ["Stop"] = "Stopped" });
        compiled.Node("b").Ends.ShouldBeEmpty();
        compiled.Node("a").Outgoing.Select(e => (e.To, e.Outcome)).ShouldBe([(compiled.Node("join").Index, "Done")]);
        compiled.Node("join").Incoming.Select(e => compiled.Nodes[e.From].Id).ShouldBe(["a", "b"]);
        compiled.Node("join").IsJoin.ShouldBeTrue();
        compiled.Node("fork").IsJoin.ShouldBeFalse();
        compiled.Expression("=vars.x > 1").ShouldNotBeNull();
        Should.Throw<KeyNotFoundException>(() => compiled.Expression("=vars.y"));
        var join = compiled.Node("join").Index;
        compiled.Nodes.Where(n => compiled.CanReach(n.Index, join)).Select(n => n.Id).ShouldBe(["start", "fork", "a", "b"]);
    }

    [Fact]
    public void A_join_in_a_loop_is_not_counted_as_reaching_itself()
    {
        var definition = DefinitionReader.Read(Workflow("loop",
            string.Join(",", Node("start", "Start"), Node("fork", "Fork"), Task("a"), Task("b"), Node("join", "Join"), Task("again", "\"Again\",\"Stop\"")),
            string.Join(",", Edge("start", "fork"), Edge("fork", "a"), Edge("fork", "b"), Edge("a", "join", "Done"), Edge("b", "join", "Done"), Edge("join", "again"),
                Edge("again", "fork", "Again"))));

        var compiled = host.Get<DefinitionCompiler>().Compile("v1", definition);

        var join = compiled.Node("join").Index;
        compiled.Nodes.Where(n => compiled.CanReach(n.Index, join)).Select(n => n.Id).ShouldBe(["start", "fork", "a", "b", "again"]);
    }

    [Fact]
    public void Compiling_a_broken_definition_throws_with_every_issue()
    {
        var definition = DefinitionReader.Read(Flow(string.Join(",", Node("x", "Teleport"), Node("k", "Kinds", ",\"must\":1,\"count\":\"two\"")),
            string.Join(",", Edge("start", "x"), Edge("x", "k"), Edge("k", "done"))));

        var thrown = Should.Throw<DefinitionCompileException>(() => host.Get<DefinitionCompiler>().Compile("v1", definition));

        thrown.Issues.Select(i => (i.NodeId, i.Rule)).ShouldBe([("x", "unknown-type"), ("k", "property")]);
        thrown.Issues[0].Message.ShouldContain("(known types: AgencyFacts, Consultation, Decision, Disclosure, End, Fork, HumanTask, Join, Kinds, ");
    }

    [Fact]
    public void A_definition_without_exactly_one_start_does_not_compile()
    {
        var definition = DefinitionReader.Read(Workflow("no-start", Node("done", "End"), string.Empty));

        var issues = new List<DefinitionIssue>();
        host.Get<DefinitionCompiler>().TryCompile("v1", definition, issues).ShouldBeNull();
        issues.ShouldBeEmpty();
    }

    [Fact]
    public void A_duplicate_node_id_compiles_the_first_one_only()
    {
        var definition = DefinitionReader.Read(Flow(string.Join(",", Task("a"), Task("a", "\"Other\"")), string.Join(",", Edge("start", "a"), Edge("a", "done", "Done"))));

        var compiled = host.Get<DefinitionCompiler>().Compile("v1", definition);

        compiled.Nodes.Select(n => n.Id).ShouldBe(["start", "a", "done"]);
        compiled.Node("a").Activity.Outcomes(compiled.Node("a").Definition).ShouldBe(["Done", "Overdue"]);
    }

    [Theory]
    [InlineData(null, "Done", true)]
    [InlineData(null, null, true)]
    [InlineData("Done", "Done", true)]
    [InlineData("Done", "Stop", false)]
    [InlineData("Done", null, false)]
    public void An_edge_follows_its_outcome_or_any_outcome_when_it_has_none(string? edge, string? outcome, bool follows)
    {
        new CompiledEdge(0, 0, 1, edge).Follows(outcome is null ? [] : ["Other", outcome]).ShouldBe(follows);
    }

    private const string Variables = """[{ "name": "x", "type": "number" }]""";

    private static string Kinds(string property) =>
        Flow(Node("kinds", "Kinds", $",\"must\":1,{property}"), string.Join(",", Edge("start", "kinds"), Edge("kinds", "done")), Variables);

    private List<ValidationError> Validate(string json) =>
        [.. host.Get<DefinitionValidator>().Validate("test.workflow.json", json).Errors];
}
