using DienHong.Engine.Tests;
using DienHong.Engine.Validation;
using Shouldly;
using Xunit;
using static DienHong.Engine.Tests.Definitions;
using static DienHong.Workflows.Tests.Governance.VoteHost;

namespace DienHong.Workflows.Tests.Governance;

/// <summary>Vote definitions: what the validator refuses, and a conference reconvened after a failed quorum (Law 10/2022/QH15 Art. 50.2).</summary>
public sealed class VoteDefinitionTests
{
    [Theory]
    [InlineData("""  "electorate": ["a", "b"], "size": 3 """, "does not match")]
    [InlineData("""  "electorate": ["a", "a"] """, "listed twice")]
    [InlineData("""  "electorate": "everyone" """, "property 'electorate'")]
    [InlineData("""  "electorate": ["a", "b"], "quorum": { "fraction": "3/2" } """, "property 'quorum'")]
    [InlineData("""  "electorate": ["a", "b"], "threshold": { "most": 1 } """, "property 'threshold'")]
    [InlineData("""  "electorate": ["a", "b"], "tie": "chair" """, "property 'chair'")]
    [InlineData("""  "electorate": ["a", "b"], "tie": "chair", "chair": "z" """, "not in the electorate")]
    [InlineData("""  "electorate": ["a", "b"], "tie": "chair", "chair": "a", "threshold": { "atLeast": 0.8, "of": "members" } """, "majority threshold")]
    [InlineData("""  "electorate": ["a", "b"], "reconvene": true """, "NoQuorum")]
    [InlineData("""  "electorate": ["a", "b"], "deadline": { "weeks": 1 } """, "deadline")]
    public async Task Invalid_vote_properties_are_validation_errors_of_the_node(string properties, string message)
    {
        await using var host = await TestHost.CreateAsync();
        var json = Workflow("bad-vote",
            string.Join(",", Node("start", "Start"), $$"""{ "id": "ballot", "type": "Vote", {{properties}} }""", Node("end", "End")),
            string.Join(",", Edge("start", "ballot"), Edge("ballot", "end")));
        var errors = host.Get<DefinitionValidator>().Validate("bad.workflow.json", json).Errors;
        errors.ShouldContain(e => e.NodeId == "ballot" && e.Message.Contains(message), string.Join("\n", errors));
    }

    [Fact]
    public async Task A_conference_without_quorum_is_reconvened_once_then_goes_to_an_opinion_ballot()
    {
        await using var host = await TestHost.CreateAsync();
        var conference = $$""" "electorate": {{Members(6)}}, "quorum": { "fraction": "2/3" }, "reconvene": true """;
        var json = Workflow("reconvene",
            string.Join(",",
                Node("start", "Start"),
                $$"""{ "id": "gov", "type": "Vote", {{conference}} }""",
                $$"""{ "id": "second", "type": "Vote", {{conference}} }""",
                Task("ballot-to-all-staff"),
                Node("passed", "End", """, "outcome": "Passed" """),
                Node("failed", "End", """, "outcome": "Failed" """)),
            string.Join(",",
                Edge("start", "gov"),
                Edge("gov", "second", "NoQuorum"), Edge("gov", "passed", "Passed"), Edge("gov", "failed", "Failed"),
                Edge("second", "ballot-to-all-staff", "NoQuorum"), Edge("second", "passed", "Passed"), Edge("second", "failed", "Failed"),
                Edge("ballot-to-all-staff", "failed")));
        var id = await host.RunAsync(json, "reconvene");
        await host.VotesAsync(id, 1, 3, "yes");
        await host.CloseAsync(id);
        await host.VoteAsync(id, "u1", "yes", "second"); // a new convocation: everyone may vote again
        await host.CloseAsync(id, node: "second");

        var open = (await host.Store.LoadAsync(id))!.Bookmarks.Single();
        open.NodeId.ShouldBe("ballot-to-all-staff");
        (await host.JournalAsync(id)).Where(j => j.Event == "VoteClosed").Select(j => (j.NodeId, j.Outcome)).ShouldBe([("gov", "NoQuorum"), ("second", "NoQuorum")]);
    }
}
