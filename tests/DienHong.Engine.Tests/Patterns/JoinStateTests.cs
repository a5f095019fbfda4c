using DienHong.Engine.Storage;
using Shouldly;
using Xunit;
using static DienHong.Engine.Tests.Definitions;

namespace DienHong.Engine.Tests.Patterns;

/// <summary>
/// What a join leaves behind: an <c>any</c>/<c>majority</c> join cancels the branches it no longer waits for (their
/// tasks, their tokens still on the way, their reviews' state, the joins before it), and no arrival or node state
/// outlives the work it belonged to.
/// </summary>
public sealed class JoinStateTests
{
    private const string X = """[{ "name": "x", "type": "number" }, { "name": "counts", "type": "object" }]""";

    private static string Set(string id) => Node(id, "SetVariable", ",\"variable\":\"x\",\"value\":1");

    private static string Review(string id) =>
        Node(id, "ParallelReview", ",\"reviewers\":[{ \"user\": \"an\" }, { \"user\": \"binh\" }],\"countsVariable\":\"counts\"");

    [Fact]
    public async Task An_any_join_cancels_the_tokens_still_on_their_way_to_it()
    {
        await using var host = await TestHost.CreateAsync();
        var run = await host.RunAsync(Workflow("any-tokens",
            string.Join(",", Node("start", "Start"), Node("fork", "Fork"), Set("quick"), Set("prepare"), Task("slow"), Node("first", "Join", ",\"policy\":\"any\""), Task("next"), Node("end", "End")),
            string.Join(",", Edge("start", "fork"), Edge("fork", "quick"), Edge("fork", "prepare"), Edge("quick", "first"), Edge("prepare", "slow"), Edge("slow", "first", "Done"),
                Edge("first", "next"), Edge("next", "end", "Done")), X), "any-tokens");

        run.OpenBookmarks.Select(b => b.NodeId).ShouldBe(["next"]);
        (await host.StepsAsync(run.InstanceId!)).ShouldBe(
        [
            (null, "InstanceStarted"), ("fork", "NodeCompleted"), ("quick", "NodeCompleted"), ("prepare", "NodeCompleted"), ("first", "NodeCompleted"), ("next", "TaskCreated"),
        ]);
        (await host.InstanceAsync(run.InstanceId!)).State.ShouldBe("{}");
    }

    [Fact]
    public async Task A_majority_join_cancels_the_task_it_no_longer_waits_for_and_keeps_no_arrivals()
    {
        await using var host = await TestHost.CreateAsync();
        var run = await host.RunAsync(Workflow("majority-cancel",
            string.Join(",", Node("start", "Start"), Node("fork", "Fork"), Task("a"), Task("b"), Task("c"), Node("most", "Join", ",\"policy\":\"majority\""), Task("next"), Node("end", "End")),
            string.Join(",", Edge("start", "fork"), Edge("fork", "a"), Edge("fork", "b"), Edge("fork", "c"), Edge("a", "most", "Done"), Edge("b", "most", "Done"), Edge("c", "most", "Done"),
                Edge("most", "next"), Edge("next", "end", "Done"))), "majority-cancel");
        var id = run.InstanceId!;

        (await host.DoAsync(id, "c")).OpenBookmarks.Select(b => b.NodeId).Order().ShouldBe(["a", "b"]);
        (await host.InstanceAsync(id)).State.ShouldBe("""{"joins":{"most":[6]}}""");
        var fired = await host.DoAsync(id, "a");

        fired.OpenBookmarks.Select(b => b.NodeId).ShouldBe(["next"]);
        (await host.StepsAsync(id))[^4..].ShouldBe([("a", "TaskCompleted"), ("b", "NodeCancelled"), ("most", "NodeCompleted"), ("next", "TaskCreated")]);
        (await host.InstanceAsync(id)).State.ShouldBe("{}");
    }

    [Fact]
    public async Task A_firing_join_drops_the_arrivals_of_a_join_before_it_that_can_no_longer_fire()
    {
        await using var host = await TestHost.CreateAsync();
        var run = await host.RunAsync(Workflow("nested-joins",
            string.Join(",", Node("start", "Start"), Node("fork", "Fork"), Task("a"), Task("b"), Task("c"), Node("inner", "Join"), Node("outer", "Join", ",\"policy\":\"any\""),
                Task("next"), Node("end", "End")),
            string.Join(",", Edge("start", "fork"), Edge("fork", "a"), Edge("fork", "b"), Edge("fork", "c"), Edge("a", "inner", "Done"), Edge("b", "inner", "Done"),
                Edge("inner", "outer"), Edge("c", "outer", "Done"), Edge("outer", "next"), Edge("next", "end", "Done"))), "nested-joins");
        var id = run.InstanceId!;

        await host.DoAsync(id, "a");
        (await host.InstanceAsync(id)).State.ShouldContain("\"inner\"");
        var fired = await host.DoAsync(id, "c");

        fired.OpenBookmarks.Select(b => b.NodeId).ShouldBe(["next"]);
        (await host.InstanceAsync(id)).State.ShouldBe("{}");
        (await host.DoAsync(id, "next")).InstanceStatus.ShouldBe(InstanceStatus.Completed);
        var steps = await host.StepsAsync(id);
        steps.Count(s => s.Node == "outer").ShouldBe(1);
        steps.ShouldNotContain(("inner", "NodeCompleted"));
    }

    [Fact]
    public async Task A_join_in_a_loop_starts_each_round_with_no_arrivals()
    {
        await using var host = await TestHost.CreateAsync();
        var run = await host.RunAsync(Workflow("join-loop",
            string.Join(",", Node("start", "Start"), Node("fork", "Fork"), Task("a"), Task("b"), Node("join", "Join"), Task("review", "\"Approve\",\"RequestChanges\""), Node("end", "End")),
            string.Join(",", Edge("start", "fork"), Edge("fork", "a"), Edge("fork", "b"), Edge("a", "join", "Done"), Edge("b", "join", "Done"), Edge("join", "review"),
                Edge("review", "fork", "RequestChanges"), Edge("review", "end", "Approve"))), "join-loop");
        var id = run.InstanceId!;
        await host.DoAsync(id, "a");
        (await host.DoAsync(id, "b")).OpenBookmarks.Select(b => b.NodeId).ShouldBe(["review"]);
        (await host.InstanceAsync(id)).State.ShouldBe("{}");

        await host.DoAsync(id, "review", "RequestChanges");
        (await host.DoAsync(id, "a")).OpenBookmarks.Select(b => b.NodeId).ShouldBe(["b"]);
        (await host.DoAsync(id, "b")).OpenBookmarks.Select(b => b.NodeId).ShouldBe(["review"]);
        (await host.DoAsync(id, "review", "Approve")).InstanceStatus.ShouldBe(InstanceStatus.Completed);
    }

    [Fact]
    public async Task A_join_that_cancels_a_review_drops_the_review_state()
    {
        await using var host = await TestHost.CreateAsync();
        var run = await host.RunAsync(Workflow("any-review",
            string.Join(",", Node("start", "Start"), Node("fork", "Fork"), Review("review"), Task("quick"), Node("first", "Join", ",\"policy\":\"any\""), Task("next"),
                Node("end", "End"), Node("rejected", "End", ",\"outcome\":\"Rejected\"")),
            string.Join(",", Edge("start", "fork"), Edge("fork", "review"), Edge("fork", "quick"), Edge("review", "first", "Approved"), Edge("review", "rejected", "Rejected"),
                Edge("quick", "first", "Done"), Edge("first", "next"), Edge("next", "end", "Done")), X), "any-review");
        var id = run.InstanceId!;
        await host.AnswerAsync(id, "review", "user:an", "Approve");
        (await host.InstanceAsync(id)).State.ShouldContain("\"nodes\"");

        var fired = await host.DoAsync(id, "quick");

        fired.OpenBookmarks.Select(b => b.NodeId).ShouldBe(["next"]);
        (await host.StepsAsync(id))[^4..].ShouldBe([("quick", "TaskCompleted"), ("review", "NodeCancelled"), ("first", "NodeCompleted"), ("next", "TaskCreated")]);
        (await host.InstanceAsync(id)).State.ShouldBe("{}");
    }

    [Fact]
    public async Task A_completed_review_keeps_no_state()
    {
        await using var host = await TestHost.CreateAsync();
        var id = (await host.RunAsync(Workflow("review-done",
            string.Join(",", Node("start", "Start"), Review("review"), Task("next"), Node("end", "End")),
            string.Join(",", Edge("start", "review"), Edge("review", "next"), Edge("next", "end", "Done")), X), "review-done")).InstanceId!;
        await host.AnswerAsync(id, "review", "user:an", "Approve");

        (await host.AnswerAsync(id, "review", "user:binh", "Approve")).OpenBookmarks.Select(b => b.NodeId).ShouldBe(["next"]);

        (await host.InstanceAsync(id)).State.ShouldBe("{}");
    }

    [Fact]
    public async Task Cancelling_a_review_task_withdraws_the_whole_review_and_its_state()
    {
        await using var host = await TestHost.CreateAsync();
        var run = await host.RunAsync(Workflow("cancel-review",
            string.Join(",", Node("start", "Start"), Node("fork", "Fork"), Review("review"), Task("other"), Node("end", "End")),
            string.Join(",", Edge("start", "fork"), Edge("fork", "review"), Edge("fork", "other"), Edge("review", "end"), Edge("other", "end", "Done")), X), "cancel-review");
        var id = run.InstanceId!;
        await host.AnswerAsync(id, "review", "user:an", "Approve");
        var binh = (await host.Store.LoadAsync(id))!.Bookmarks.Single(b => b.Assignee == "user:binh");

        var cancelled = await host.Engine.CancelBookmarkAsync(id, binh.Id, "left the agency", "admin");

        cancelled.InstanceStatus.ShouldBe(InstanceStatus.Suspended);
        cancelled.OpenBookmarks.Select(b => b.NodeId).ShouldBe(["other"]);
        (await host.InstanceAsync(id)).State.ShouldBe("{}");
    }

    [Fact]
    public async Task Two_branches_arriving_in_the_same_run_fire_an_any_join_once()
    {
        await using var host = await TestHost.CreateAsync();
        var run = await host.RunAsync(Workflow("any-twice",
            string.Join(",", Node("start", "Start"), Node("fork", "Fork"), Set("one"), Set("two"), Node("first", "Join", ",\"policy\":\"any\""), Task("next"), Node("end", "End")),
            string.Join(",", Edge("start", "fork"), Edge("fork", "one"), Edge("fork", "two"), Edge("one", "first"), Edge("two", "first"), Edge("first", "next"), Edge("next", "end", "Done")), X),
            "any-twice");

        run.OpenBookmarks.Select(b => b.NodeId).ShouldBe(["next"]);
        (await host.StepsAsync(run.InstanceId!)).Count(s => s.Node == "first").ShouldBe(1);
    }

    [Fact]
    public async Task A_firing_join_keeps_the_tokens_of_branches_that_do_not_lead_to_it()
    {
        await using var host = await TestHost.CreateAsync();
        var run = await host.RunAsync(Workflow("any-keeps",
            string.Join(",", Node("start", "Start"), Node("fork", "Fork"), Set("quick"), Set("aside"), LastTask("side"), Task("slow"), Node("first", "Join", ",\"policy\":\"any\""),
                Task("next"), Node("end", "End")),
            string.Join(",", Edge("start", "fork"), Edge("fork", "quick"), Edge("fork", "aside"), Edge("fork", "slow"), Edge("quick", "first"), Edge("aside", "side"),
                Edge("slow", "first", "Done"), Edge("first", "next"), Edge("next", "end", "Done")), X), "any-keeps");

        run.OpenBookmarks.Select(b => b.NodeId).Order().ShouldBe(["next", "side"]);
        (await host.StepsAsync(run.InstanceId!)).ShouldBe(
        [
            (null, "InstanceStarted"), ("fork", "NodeCompleted"), ("quick", "NodeCompleted"), ("aside", "NodeCompleted"), ("slow", "TaskCreated"),
            ("slow", "NodeCancelled"), ("first", "NodeCompleted"), ("side", "TaskCreated"), ("next", "TaskCreated"),
        ]);
    }

    [Fact]
    public async Task A_join_waits_while_a_join_before_it_can_still_fire_and_fires_once_that_one_has()
    {
        await using var host = await TestHost.CreateAsync();
        var run = await host.RunAsync(Workflow("stalled-joins",
            string.Join(",", Node("start", "Start"), Node("fork", "Fork"), Task("a"), Task("b"), Task("c"), Node("inner", "Join"), Node("outer", "Join"), Task("next"), Node("end", "End")),
            string.Join(",", Edge("start", "fork"), Edge("fork", "a"), Edge("fork", "b"), Edge("fork", "c"), Edge("a", "inner", "Done"), Edge("b", "inner", "Done"),
                Edge("inner", "outer"), Edge("c", "outer", "Done"), Edge("outer", "next"), Edge("next", "end", "Done"))), "stalled-joins");
        var id = run.InstanceId!;
        await host.DoAsync(id, "c");
        await host.DoAsync(id, "a");

        var cancelled = await host.Engine.CancelBookmarkAsync(id, run.OpenBookmarks.Single(b => b.NodeId == "b").Id, null, "admin");

        cancelled.OpenBookmarks.Select(b => b.NodeId).ShouldBe(["next"]);
        (await host.StepsAsync(id))[^4..].ShouldBe([("b", "NodeCancelled"), ("inner", "NodeCompleted"), ("outer", "NodeCompleted"), ("next", "TaskCreated")]);
        (await host.InstanceAsync(id)).State.ShouldBe("{}");
    }

    [Fact]
    public async Task An_instance_that_ends_keeps_no_run_state()
    {
        await using var host = await TestHost.CreateAsync();
        var run = await host.RunAsync(Workflow("end-state",
            string.Join(",", Node("start", "Start"), Node("fork", "Fork"), Task("a"), Task("b"), Review("review"), Task("stop", "\"Stop\""), Node("sync", "Join"),
                Node("stopped", "End", ",\"outcome\":\"Stopped\""), Node("end", "End")),
            string.Join(",", Edge("start", "fork"), Edge("fork", "a"), Edge("fork", "b"), Edge("fork", "review"), Edge("fork", "stop"), Edge("a", "sync", "Done"),
                Edge("b", "sync", "Done"), Edge("review", "end"), Edge("stop", "stopped", "Stop"), Edge("sync", "end")), X), "end-state");
        var id = run.InstanceId!;
        await host.DoAsync(id, "a");
        await host.AnswerAsync(id, "review", "user:an", "Approve");
        (await host.InstanceAsync(id)).State.ShouldContain("\"joins\"");

        (await host.DoAsync(id, "stop", "Stop")).Outcome.ShouldBe("Stopped");

        (await host.InstanceAsync(id)).State.ShouldBe("{}");
    }
}
