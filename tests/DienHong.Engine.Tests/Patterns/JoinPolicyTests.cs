using System.Text.Json.Nodes;
using DienHong.Engine.Storage;
using Shouldly;
using Xunit;
using static DienHong.Engine.Tests.Definitions;

namespace DienHong.Engine.Tests.Patterns;

/// <summary>Join policies majority and atLeast k, and dead-path elimination of a Join all after a Decision.</summary>
public sealed class JoinPolicyTests
{
    private static string Council(string key, string policy, params string[] members) => Workflow(key,
        string.Join(",", [Node("start", "Start"), Node("fork", "Fork"), .. members.Select(m => Task(m)), Node("join", "Join", $",\"policy\":{policy}"), Task("next"), Node("end", "End")]),
        string.Join(",", [Edge("start", "fork"), .. members.Select(m => Edge("fork", m)), .. members.Select(m => Edge(m, "join", "Done")), Edge("join", "next"), Edge("next", "end", "Done")]));

    [Fact]
    public async Task Join_majority_fires_at_more_than_half_of_its_branches_and_cancels_the_rest()
    {
        await using var host = await TestHost.CreateAsync();
        var id = (await host.RunAsync(Council("majority", "\"majority\"", "a", "b", "c", "d"), "majority")).InstanceId!;

        await host.DoAsync(id, "a");
        (await host.DoAsync(id, "c")).OpenBookmarks.Select(b => b.NodeId).Order().ShouldBe(["b", "d"]);
        var fired = await host.DoAsync(id, "d");

        fired.OpenBookmarks.Select(b => b.NodeId).ShouldBe(["next"]);
        var steps = await host.StepsAsync(id);
        steps.Where(s => s.Event is "TaskCompleted" or "NodeCancelled").ShouldBe([("a", "TaskCompleted"), ("c", "TaskCompleted"), ("d", "TaskCompleted"), ("b", "NodeCancelled")]);
        steps[^2..].ShouldBe([("join", "NodeCompleted"), ("next", "TaskCreated")]);
    }

    [Fact]
    public async Task Join_at_least_k_fires_at_the_kth_arrival_and_cancels_the_rest()
    {
        await using var host = await TestHost.CreateAsync();
        var id = (await host.RunAsync(Council("at-least", "{\"atLeast\":2}", "a", "b", "c", "d"), "at-least")).InstanceId!;

        (await host.DoAsync(id, "b")).OpenBookmarks.Count.ShouldBe(3);
        var fired = await host.DoAsync(id, "d");

        fired.OpenBookmarks.Select(b => b.NodeId).ShouldBe(["next"]);
        var steps = await host.StepsAsync(id);
        steps.Count(s => s.Event == "NodeCancelled").ShouldBe(2);
        steps.Where(s => s.Event == "NodeCancelled").Select(s => s.Node).Order().ShouldBe(["a", "c"]);
        steps[^2..].ShouldBe([("join", "NodeCompleted"), ("next", "TaskCreated")]);
        (await host.DoAsync(id, "next")).InstanceStatus.ShouldBe(InstanceStatus.Completed);
    }

    [Theory]
    [InlineData(true, "q")]
    [InlineData(false, "r")]
    public async Task Join_all_after_a_decision_does_not_wait_for_the_branch_not_taken(bool condition, string taken)
    {
        await using var host = await TestHost.CreateAsync();
        var run = await host.RunAsync(Workflow("dead-path",
            string.Join(",", Node("start", "Start"), Node("fork", "Fork"), Task("p"), Node("check", "Decision", ",\"condition\":\"=vars.ok\""),
                Task("q"), Task("r"), Node("join", "Join"), Task("next"), Node("end", "End")),
            string.Join(",", Edge("start", "fork"), Edge("fork", "p"), Edge("fork", "check"), Edge("check", "q", "True"), Edge("check", "r", "False"),
                Edge("p", "join", "Done"), Edge("q", "join", "Done"), Edge("r", "join", "Done"), Edge("join", "next"), Edge("next", "end", "Done")),
            """[{ "name": "ok", "type": "boolean", "required": true }]"""), "dead-path", new JsonObject { ["ok"] = condition });
        var id = run.InstanceId!;
        run.OpenBookmarks.Select(b => b.NodeId).Order().ShouldBe(["p", taken]);

        // The live parallel branch p is still waited for; only the branch the decision did not take is dead.
        (await host.DoAsync(id, taken)).OpenBookmarks.Select(b => b.NodeId).ShouldBe(["p"]);
        (await host.DoAsync(id, "p")).OpenBookmarks.Select(b => b.NodeId).ShouldBe(["next"]);
        (await host.DoAsync(id, "next")).InstanceStatus.ShouldBe(InstanceStatus.Completed);
        (await host.StepsAsync(id)).ShouldBe(
        [
            (null, "InstanceStarted"), ("fork", "NodeCompleted"), ("p", "TaskCreated"), ("check", "NodeCompleted"), (taken, "TaskCreated"),
            (taken, "TaskCompleted"), ("p", "TaskCompleted"), ("join", "NodeCompleted"), ("next", "TaskCreated"), ("next", "TaskCompleted"),
            ("end", "InstanceCompleted"),
        ]);
    }

    [Fact]
    public async Task Join_all_directly_after_a_decision_fires_in_the_same_run()
    {
        await using var host = await TestHost.CreateAsync();
        var run = await host.RunAsync(Workflow("dead-direct",
            string.Join(",", Node("start", "Start"), Node("check", "Decision", ",\"condition\":\"=vars.ok\""), Task("extra"), Node("join", "Join"), Task("next"), Node("end", "End")),
            string.Join(",", Edge("start", "check"), Edge("check", "join", "True"), Edge("check", "extra", "False"), Edge("extra", "join", "Done"),
                Edge("join", "next"), Edge("next", "end", "Done")),
            """[{ "name": "ok", "type": "boolean", "required": true }]"""), "dead-direct", new JsonObject { ["ok"] = true });

        run.OpenBookmarks.Select(b => b.NodeId).ShouldBe(["next"]);
        (await host.StepsAsync(run.InstanceId!)).ShouldBe(
            [(null, "InstanceStarted"), ("check", "NodeCompleted"), ("join", "NodeCompleted"), ("next", "TaskCreated")]);
    }
}
