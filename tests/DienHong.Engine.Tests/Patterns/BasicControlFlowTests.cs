using System.Text.Json.Nodes;
using DienHong.Engine.Storage;
using Shouldly;
using Xunit;
using static DienHong.Engine.Tests.Definitions;

namespace DienHong.Engine.Tests.Patterns;

/// <summary>The basic control-flow patterns (workflowpatterns.com WCP-1 to WCP-5) through the real engine.</summary>
public sealed class BasicControlFlowTests
{
    [Fact]
    public async Task Wcp01_sequence_runs_each_node_after_the_previous_one()
    {
        await using var host = await TestHost.CreateAsync();
        var run = await host.RunAsync(Workflow("wcp-1",
            string.Join(",", Node("start", "Start"), Task("a"), Task("b"), Task("c"), Node("end", "End", ",\"outcome\":\"Finished\"")),
            string.Join(",", Edge("start", "a"), Edge("a", "b", "Done"), Edge("b", "c", "Done"), Edge("c", "end"))), "wcp-1");
        var id = run.InstanceId!;

        (await host.OpenNodesAsync(id)).ShouldBe(["a"]);
        (await host.DoAsync(id, "a")).OpenBookmarks.Single().NodeId.ShouldBe("b");
        (await host.DoAsync(id, "b")).OpenBookmarks.Single().NodeId.ShouldBe("c");
        var done = await host.DoAsync(id, "c");

        done.InstanceStatus.ShouldBe(InstanceStatus.Completed);
        done.Outcome.ShouldBe("Finished");
        done.OpenBookmarks.ShouldBeEmpty();
        (await host.StepsAsync(id)).ShouldBe(
        [
            (null, "InstanceStarted"), ("a", "TaskCreated"), ("a", "TaskCompleted"), ("b", "TaskCreated"), ("b", "TaskCompleted"),
            ("c", "TaskCreated"), ("c", "TaskCompleted"), ("end", "InstanceCompleted"),
        ]);
        (await host.Audit.VerifyAsync()).IsIntact.ShouldBeTrue();
    }

    [Fact]
    public async Task Wcp02_parallel_split_opens_every_branch_at_once()
    {
        await using var host = await TestHost.CreateAsync();
        var run = await host.RunAsync(Workflow("wcp-2",
            string.Join(",", Node("start", "Start"), Node("fork", "Fork"), LastTask("hr"), LastTask("finance"), LastTask("union")),
            string.Join(",", Edge("start", "fork"), Edge("fork", "hr"), Edge("fork", "finance"), Edge("fork", "union"))), "wcp-2");
        var id = run.InstanceId!;

        run.InstanceStatus.ShouldBe(InstanceStatus.Suspended);
        (await host.OpenNodesAsync(id)).ShouldBe(["finance", "hr", "union"]);
        (await host.StepsAsync(id)).ShouldBe(
        [
            (null, "InstanceStarted"), ("fork", "NodeCompleted"), ("hr", "TaskCreated"), ("finance", "TaskCreated"), ("union", "TaskCreated"),
        ]);

        // The branches are independent: any order of completion.
        await host.DoAsync(id, "union");
        (await host.OpenNodesAsync(id)).ShouldBe(["finance", "hr"]);
    }

    [Fact]
    public async Task Wcp03_synchronisation_waits_for_every_branch_before_going_on()
    {
        await using var host = await TestHost.CreateAsync();
        var run = await host.RunAsync(Workflow("wcp-3",
            string.Join(",", Node("start", "Start"), Node("fork", "Fork"), Task("hr"), Task("finance"), Node("join", "Join"), Task("head"), Node("end", "End")),
            string.Join(",", Edge("start", "fork"), Edge("fork", "hr"), Edge("fork", "finance"), Edge("hr", "join", "Done"), Edge("finance", "join", "Done"),
                Edge("join", "head"), Edge("head", "end", "Done"))), "wcp-3");
        var id = run.InstanceId!;

        var first = await host.DoAsync(id, "finance");
        first.InstanceStatus.ShouldBe(InstanceStatus.Suspended);
        first.OpenBookmarks.Select(b => b.NodeId).ShouldBe(["hr"]);

        var second = await host.DoAsync(id, "hr");
        second.OpenBookmarks.Select(b => b.NodeId).ShouldBe(["head"]);
        (await host.DoAsync(id, "head")).InstanceStatus.ShouldBe(InstanceStatus.Completed);

        (await host.StepsAsync(id)).ShouldBe(
        [
            (null, "InstanceStarted"), ("fork", "NodeCompleted"), ("hr", "TaskCreated"), ("finance", "TaskCreated"),
            ("finance", "TaskCompleted"), ("hr", "TaskCompleted"), ("join", "NodeCompleted"), ("head", "TaskCreated"),
            ("head", "TaskCompleted"), ("end", "InstanceCompleted"),
        ]);
    }

    [Theory]
    [InlineData(150, "head", "True")]
    [InlineData(50, "deputy", "False")]
    public async Task Wcp04_exclusive_choice_takes_exactly_one_branch_by_a_condition_on_a_variable(int amount, string taken, string outcome)
    {
        await using var host = await TestHost.CreateAsync();
        var run = await host.RunAsync(Workflow("wcp-4",
            string.Join(",", Node("start", "Start"), Node("big", "Decision", ",\"condition\":\"=vars.amount > 100\""), Task("head"), Task("deputy"), Node("end", "End")),
            string.Join(",", Edge("start", "big"), Edge("big", "head", "True"), Edge("big", "deputy", "False"), Edge("head", "end", "Done"), Edge("deputy", "end", "Done")),
            """[{ "name": "amount", "type": "number", "required": true }]"""), "wcp-4", new JsonObject { ["amount"] = amount });
        var id = run.InstanceId!;

        run.OpenBookmarks.Select(b => b.NodeId).ShouldBe([taken]);
        var journal = await host.JournalAsync(id);
        journal.Single(j => j.NodeId == "big").Outcome.ShouldBe(outcome);
        (await host.DoAsync(id, taken)).InstanceStatus.ShouldBe(InstanceStatus.Completed);
        (await host.StepsAsync(id)).ShouldBe(
        [
            (null, "InstanceStarted"), ("big", "NodeCompleted"), (taken, "TaskCreated"), (taken, "TaskCompleted"), ("end", "InstanceCompleted"),
        ]);
    }

    [Theory]
    [InlineData(true, "urgent")]
    [InlineData(false, "normal")]
    public async Task Wcp05_simple_merge_runs_the_shared_node_once_whichever_branch_came(bool isUrgent, string branch)
    {
        await using var host = await TestHost.CreateAsync();
        var run = await host.RunAsync(Workflow("wcp-5",
            string.Join(",", Node("start", "Start"), Node("urgent?", "Decision", ",\"condition\":\"=vars.urgent\""), Task("urgent"), Task("normal"), Task("archive"), Node("end", "End")),
            string.Join(",", Edge("start", "urgent?"), Edge("urgent?", "urgent", "True"), Edge("urgent?", "normal", "False"),
                Edge("urgent", "archive", "Done"), Edge("normal", "archive", "Done"), Edge("archive", "end", "Done")),
            """[{ "name": "urgent", "type": "boolean", "required": true }]""").Replace("urgent?", "is-urgent", StringComparison.Ordinal),
            "wcp-5", new JsonObject { ["urgent"] = isUrgent });
        var id = run.InstanceId!;

        (await host.DoAsync(id, branch)).OpenBookmarks.Select(b => b.NodeId).ShouldBe(["archive"]);
        (await host.DoAsync(id, "archive")).InstanceStatus.ShouldBe(InstanceStatus.Completed);
        (await host.StepsAsync(id)).ShouldBe(
        [
            (null, "InstanceStarted"), ("is-urgent", "NodeCompleted"), (branch, "TaskCreated"), (branch, "TaskCompleted"),
            ("archive", "TaskCreated"), ("archive", "TaskCompleted"), ("end", "InstanceCompleted"),
        ]);
    }
}
