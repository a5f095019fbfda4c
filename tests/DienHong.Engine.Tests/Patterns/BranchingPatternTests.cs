using System.Text.Json.Nodes;
using DienHong.Engine.Storage;
using Shouldly;
using Xunit;
using static DienHong.Engine.Tests.Definitions;

namespace DienHong.Engine.Tests.Patterns;

/// <summary>Multi-choice, synchronising merge, discriminator, cycles and termination (WCP-6, 7, 9, 10, 11, 43).</summary>
public sealed class BranchingPatternTests
{
    private const string Flags = """
        [{ "name": "hr", "type": "boolean" }, { "name": "union", "type": "boolean" }, { "name": "finance", "type": "boolean" }]
        """;

    private static readonly string Choose = Node("choose", "Switch", """
        , "multiple": true, "cases": [
          { "outcome": "Hr", "condition": "=vars.hr" },
          { "outcome": "Union", "condition": "=vars.union" },
          { "outcome": "Finance", "condition": "=vars.finance" } ],
        "ends": { "Default": null }
        """);

    private static JsonObject Only(params string[] flags) => new() { ["hr"] = flags.Contains("hr"), ["union"] = flags.Contains("union"), ["finance"] = flags.Contains("finance") };

    [Fact]
    public async Task Wcp06_multi_choice_takes_every_branch_whose_condition_holds()
    {
        await using var host = await TestHost.CreateAsync();
        var run = await host.RunAsync(Workflow("wcp-6",
            string.Join(",", Node("start", "Start"), Choose, LastTask("hr"), LastTask("union"), LastTask("finance")),
            string.Join(",", Edge("start", "choose"), Edge("choose", "hr", "Hr"), Edge("choose", "union", "Union"), Edge("choose", "finance", "Finance")),
            Flags), "wcp-6", Only("hr", "finance"));
        var id = run.InstanceId!;

        (await host.OpenNodesAsync(id)).ShouldBe(["finance", "hr"]);
        (await host.JournalAsync(id)).Single(j => j.NodeId == "choose").Outcome.ShouldBe("Hr,Finance");
        await host.DoAsync(id, "hr");
        (await host.DoAsync(id, "finance")).InstanceStatus.ShouldBe(InstanceStatus.Completed);
        (await host.StepsAsync(id)).ShouldBe(
        [
            (null, "InstanceStarted"), ("choose", "NodeCompleted"), ("hr", "TaskCreated"), ("finance", "TaskCreated"),
            ("hr", "TaskCompleted"), ("finance", "TaskCompleted"), (null, "InstanceCompleted"),
        ]);
    }

    [Fact]
    public async Task Wcp07_structured_synchronising_merge_waits_only_for_the_branches_taken()
    {
        await using var host = await TestHost.CreateAsync();
        var run = await host.RunAsync(Workflow("wcp-7",
            string.Join(",", Node("start", "Start"), Choose, Task("hr"), Task("union"), Task("finance"), Node("join", "Join"), Task("head"), Node("end", "End")),
            string.Join(",", Edge("start", "choose"), Edge("choose", "hr", "Hr"), Edge("choose", "union", "Union"), Edge("choose", "finance", "Finance"),
                Edge("hr", "join", "Done"), Edge("union", "join", "Done"), Edge("finance", "join", "Done"), Edge("join", "head"), Edge("head", "end", "Done")),
            Flags), "wcp-7", Only("hr", "finance"));
        var id = run.InstanceId!;

        (await host.DoAsync(id, "finance")).OpenBookmarks.Select(b => b.NodeId).ShouldBe(["hr"]);
        (await host.DoAsync(id, "hr")).OpenBookmarks.Select(b => b.NodeId).ShouldBe(["head"]);
        (await host.DoAsync(id, "head")).InstanceStatus.ShouldBe(InstanceStatus.Completed);
        (await host.StepsAsync(id)).ShouldBe(
        [
            (null, "InstanceStarted"), ("choose", "NodeCompleted"), ("hr", "TaskCreated"), ("finance", "TaskCreated"),
            ("finance", "TaskCompleted"), ("hr", "TaskCompleted"), ("join", "NodeCompleted"), ("head", "TaskCreated"),
            ("head", "TaskCompleted"), ("end", "InstanceCompleted"),
        ]);
    }

    [Fact]
    public async Task Wcp09_discriminator_goes_on_at_the_first_arrival_and_cancels_the_other_branches()
    {
        await using var host = await TestHost.CreateAsync();
        var run = await host.RunAsync(Workflow("wcp-9",
            string.Join(",", Node("start", "Start"), Node("fork", "Fork"), Task("a"), Task("b"), Task("c"), Node("first", "Join", ",\"policy\":\"any\""), Task("next"), Node("end", "End")),
            string.Join(",", Edge("start", "fork"), Edge("fork", "a"), Edge("fork", "b"), Edge("fork", "c"),
                Edge("a", "first", "Done"), Edge("b", "first", "Done"), Edge("c", "first", "Done"), Edge("first", "next"), Edge("next", "end", "Done"))), "wcp-9");
        var id = run.InstanceId!;

        var fired = await host.DoAsync(id, "b");
        fired.OpenBookmarks.Select(b => b.NodeId).ShouldBe(["next"]);
        var steps = await host.StepsAsync(id);
        steps[..6].ShouldBe([(null, "InstanceStarted"), ("fork", "NodeCompleted"), ("a", "TaskCreated"), ("b", "TaskCreated"), ("c", "TaskCreated"), ("b", "TaskCompleted")]);
        steps[6..8].ShouldBe([("a", "NodeCancelled"), ("c", "NodeCancelled")], ignoreOrder: true);
        steps[8..].ShouldBe([("first", "NodeCompleted"), ("next", "TaskCreated")]);

        (await host.DoAsync(id, "next")).InstanceStatus.ShouldBe(InstanceStatus.Completed);
        (await host.StepsAsync(id)).Count(s => s.Node == "first").ShouldBe(1);
    }

    [Fact]
    public async Task Wcp10_arbitrary_cycle_sends_the_file_back_for_changes_until_it_is_approved()
    {
        await using var host = await TestHost.CreateAsync();
        var run = await host.RunAsync(Workflow("wcp-10",
            string.Join(",", Node("start", "Start"), Task("draft", "\"Submit\""), Task("review", "\"Approve\",\"Reject\",\"RequestChanges\""),
                Node("approved", "End", ",\"outcome\":\"Approved\""), Node("rejected", "End", ",\"outcome\":\"Rejected\"")),
            string.Join(",", Edge("start", "draft"), Edge("draft", "review", "Submit"), Edge("review", "draft", "RequestChanges"),
                Edge("review", "approved", "Approve"), Edge("review", "rejected", "Reject"))), "wcp-10");
        var id = run.InstanceId!;

        await host.DoAsync(id, "draft", "Submit");
        (await host.DoAsync(id, "review", "RequestChanges")).OpenBookmarks.Select(b => b.NodeId).ShouldBe(["draft"]);
        await host.DoAsync(id, "draft", "Submit");
        (await host.DoAsync(id, "review", "RequestChanges")).OpenBookmarks.Select(b => b.NodeId).ShouldBe(["draft"]);
        await host.DoAsync(id, "draft", "Submit");
        var done = await host.DoAsync(id, "review", "Approve");

        done.InstanceStatus.ShouldBe(InstanceStatus.Completed);
        done.Outcome.ShouldBe("Approved");
        done.OpenBookmarks.ShouldBeEmpty();
        var round = new (string?, string)[] { ("draft", "TaskCreated"), ("draft", "TaskCompleted"), ("review", "TaskCreated"), ("review", "TaskCompleted") };
        (await host.StepsAsync(id)).ShouldBe([(null, "InstanceStarted"), .. round, .. round, .. round, ("approved", "InstanceCompleted")]);
        (await host.JournalAsync(id)).Where(j => j is { NodeId: "review", Event: "TaskCompleted" }).Select(j => j.Outcome)
            .ShouldBe(["RequestChanges", "RequestChanges", "Approve"]);
    }

    [Fact]
    public async Task Wcp11_implicit_termination_completes_the_instance_when_nothing_is_left_to_do()
    {
        await using var host = await TestHost.CreateAsync();
        var run = await host.RunAsync(Workflow("wcp-11",
            string.Join(",", Node("start", "Start"), Node("fork", "Fork"), LastTask("a"), Task("b"), LastTask("b2")),
            string.Join(",", Edge("start", "fork"), Edge("fork", "a"), Edge("fork", "b"), Edge("b", "b2", "Done"))), "wcp-11");
        var id = run.InstanceId!;

        (await host.DoAsync(id, "a")).InstanceStatus.ShouldBe(InstanceStatus.Suspended);
        (await host.DoAsync(id, "b")).InstanceStatus.ShouldBe(InstanceStatus.Suspended);
        var done = await host.DoAsync(id, "b2");

        done.InstanceStatus.ShouldBe(InstanceStatus.Completed);
        done.Outcome.ShouldBeNull();
        done.OpenBookmarks.ShouldBeEmpty();
        (await host.StepsAsync(id)).ShouldBe(
        [
            (null, "InstanceStarted"), ("fork", "NodeCompleted"), ("a", "TaskCreated"), ("b", "TaskCreated"),
            ("a", "TaskCompleted"), ("b", "TaskCompleted"), ("b2", "TaskCreated"), ("b2", "TaskCompleted"), (null, "InstanceCompleted"),
        ]);
    }

    [Fact]
    public async Task Wcp43_explicit_termination_ends_the_instance_and_cancels_the_task_still_open()
    {
        await using var host = await TestHost.CreateAsync();
        var run = await host.RunAsync(Workflow("wcp-43",
            string.Join(",", Node("start", "Start"), Node("fork", "Fork"), Task("withdraw", "\"Withdraw\""), LastTask("process"), Node("withdrawn", "End", ",\"outcome\":\"Withdrawn\"")),
            string.Join(",", Edge("start", "fork"), Edge("fork", "withdraw"), Edge("fork", "process"), Edge("withdraw", "withdrawn", "Withdraw"))), "wcp-43");
        var id = run.InstanceId!;

        var ended = await host.DoAsync(id, "withdraw", "Withdraw");

        ended.InstanceStatus.ShouldBe(InstanceStatus.Completed);
        ended.Outcome.ShouldBe("Withdrawn");
        ended.OpenBookmarks.ShouldBeEmpty();
        (await host.Store.LoadAsync(id))!.Bookmarks.ShouldBeEmpty();
        (await host.StepsAsync(id)).ShouldBe(
        [
            (null, "InstanceStarted"), ("fork", "NodeCompleted"), ("withdraw", "TaskCreated"), ("process", "TaskCreated"),
            ("withdraw", "TaskCompleted"), ("process", "NodeCancelled"), ("withdrawn", "InstanceCompleted"),
        ]);
        (await host.Audit.VerifyAsync()).IsIntact.ShouldBeTrue();
    }
}
