using System.Text.Json.Nodes;
using DienHong.Engine.Runtime;
using DienHong.Engine.Tests;
using static DienHong.Engine.Tests.Definitions;

namespace DienHong.Workflows.Tests.Governance;

/// <summary>Shorthands of the Vote tests: a Start → Vote → End-per-outcome flow, casting and closing ballots.</summary>
internal static class VoteHost
{
    public const string Result = """[ { "name": "result", "type": "object" } ]""";
    public static readonly string[] Outcomes = ["Passed", "Failed", "NoQuorum"];

    /// <summary>A Vote node "gov" with the given extra properties (after the type), reporting into <c>vars.result</c>.</summary>
    public static string VoteFlow(string key, string properties) =>
        GovernanceHost.Flow(key, $$"""{ "id": "gov", "type": "Vote", "resultVariable": "result", {{properties}} }""", Outcomes, Result);

    /// <summary>User ids u1..un as a JSON list.</summary>
    public static string Members(int n) => "[" + string.Join(",", Enumerable.Range(1, n).Select(i => $"\"u{i}\"")) + "]";

    public static async Task<RunResult> VoteAsync(this TestHost host, string instanceId, string voter, string choice, string node = "gov")
    {
        var open = (await host.Store.LoadAsync(instanceId))!.Bookmarks.Single(b => b.NodeId == node);
        return await host.Engine.ResumeAsync(open.Id, new ResumeInput(voter, Action: "vote", Data: new JsonObject { ["choice"] = choice }), instanceId);
    }

    /// <summary>One ballot answering several questions: <c>{ "choices": { question: choice } }</c>.</summary>
    public static async Task<RunResult> BallotAsync(this TestHost host, string instanceId, string voter, params (string Question, string Choice)[] answers)
    {
        var open = (await host.Store.LoadAsync(instanceId))!.Bookmarks.Single(b => b.NodeId == "gov");
        var choices = new JsonObject();
        foreach (var (question, choice) in answers)
        {
            choices[question] = choice;
        }

        return await host.Engine.ResumeAsync(open.Id, new ResumeInput(voter, Action: "vote", Data: new JsonObject { ["choices"] = choices }), instanceId);
    }

    public static async Task<RunResult> CloseAsync(this TestHost host, string instanceId, string by = "secretary", string node = "gov")
    {
        var open = (await host.Store.LoadAsync(instanceId))!.Bookmarks.Single(b => b.NodeId == node);
        return await host.Engine.ResumeAsync(open.Id, new ResumeInput(by, Action: "close"), instanceId);
    }

    /// <summary>Votes u{first}..u{first+count-1} with one choice.</summary>
    public static async Task VotesAsync(this TestHost host, string instanceId, int first, int count, string choice)
    {
        for (var i = first; i < first + count; i++)
        {
            var result = await host.VoteAsync(instanceId, $"u{i}", choice);
            if (!result.Succeeded)
            {
                throw new InvalidOperationException($"u{i}: {result.Message}");
            }
        }
    }

    public static async Task<JsonNode> ResultAsync(this TestHost host, string instanceId) =>
        JsonNode.Parse((await host.InstanceAsync(instanceId)).Variables)!["result"]!;
}
