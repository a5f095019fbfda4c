using System.Text.Json.Nodes;
using DienHong.Engine.Runtime;
using DienHong.Engine.Storage;
using DienHong.Engine.Tests;
using DienHong.Workflows.Organization;
using Shouldly;
using Xunit;
using static DienHong.Engine.Tests.Definitions;

namespace DienHong.Workflows.Tests.Governance;

/// <summary>A ballot whose electorate is a role takes the role's members from the organisation (Châu Thành demo).</summary>
public sealed class VoteOrganizationTests
{
    [Fact]
    public async Task The_union_committee_votes_and_outsiders_are_refused()
    {
        await using var host = await TestHost.CreateWithChauThanhAsync();
        await host.PublishAsync(Workflow("committee-vote",
            string.Join(",", Node("start", "Start"), """{ "id": "ballot", "type": "Vote", "electorate": { "role": "union-committee" } }""",
                Node("passed", "End", ",\"outcome\":\"Passed\""), Node("failed", "End", ",\"outcome\":\"Failed\"")),
            string.Join(",", Edge("start", "ballot"), Edge("ballot", "passed", "Passed"), Edge("ballot", "failed", "Failed"), Edge("ballot", "failed", "NoQuorum"))));
        var started = await host.Engine.StartAsync(new StartRequest { DefinitionKey = "committee-vote", Agency = "phong-noi-vu", Actor = "E0145" });
        var ballot = started.OpenBookmarks.Single();

        Task<RunResult> Vote(string voter, string choice) =>
            host.Engine.ResumeAsync(ballot.Id, new ResumeInput(voter, Action: "vote", Data: new JsonObject { ["choice"] = choice }), started.InstanceId);

        // Phòng Nội vụ's union committee is E0145, E0143 and E0142; E0144 (HR) is not on it.
        (await Vote("E0144", "yes")).Status.ShouldBe(RunStatus.Rejected);
        (await Vote("E0145", "yes")).Succeeded.ShouldBeTrue();
        (await Vote("E0143", "no")).Succeeded.ShouldBeTrue();
        var last = await Vote("E0142", "yes");

        last.InstanceStatus.ShouldBe(InstanceStatus.Completed);
        last.Outcome.ShouldBe("Passed");
    }
}
