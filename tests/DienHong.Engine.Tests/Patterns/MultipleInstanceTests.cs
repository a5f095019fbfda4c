using System.Text.Json.Nodes;
using DienHong.Engine.Activities;
using DienHong.Engine.Runtime;
using DienHong.Engine.Storage;
using Shouldly;
using Xunit;
using static DienHong.Engine.Tests.Definitions;

namespace DienHong.Engine.Tests.Patterns;

/// <summary>Multiple instances with design-time and run-time knowledge (WCP-14, 15): the ParallelReview activity.</summary>
public sealed class MultipleInstanceTests
{
    private const string Vars = """[{ "name": "council", "type": "array" }, { "name": "counts", "type": "object" }]""";

    internal static string Review(string key, string reviewers, string completion = "\"all\"", string extra = "") => Workflow(key,
        string.Join(",", Node("start", "Start"),
            Node("review", "ParallelReview", $",\"reviewers\":{reviewers},\"completion\":{completion},\"countsVariable\":\"counts\"{extra}"),
            Node("approved", "End", ",\"outcome\":\"Approved\""), Node("rejected", "End", ",\"outcome\":\"Rejected\"")),
        string.Join(",", Edge("start", "review"), Edge("review", "approved", "Approved"), Edge("review", "rejected", "Rejected")),
        Vars);

    internal static async Task<JsonNode?> CountsAsync(TestHost host, string id) =>
        JsonNode.Parse((await host.InstanceAsync(id)).Variables)!["counts"];

    [Fact]
    public async Task Wcp14_design_time_reviewers_each_get_a_task_and_all_must_approve()
    {
        await using var host = await TestHost.CreateAsync();
        var run = await host.RunAsync(Review("wcp-14", """[{ "user": "an" }, { "user": "binh" }, { "role": "union-chair" }]"""), "wcp-14");
        var id = run.InstanceId!;

        run.InstanceStatus.ShouldBe(InstanceStatus.Suspended);
        run.OpenBookmarks.Select(b => (b.NodeId, b.Kind, b.Key, b.Assignee))
            .ShouldBe([("review", BookmarkKind.Task, "review", "user:an"), ("review", BookmarkKind.Task, "review", "user:binh"), ("review", BookmarkKind.Task, "review", "role:union-chair")], ignoreOrder: true);
        (await CountsAsync(host, id))!.ToJsonString().ShouldBe("""{"approve":0,"reject":0,"total":3,"pending":3}""");

        (await host.AnswerAsync(id, "review", "user:an", "Maybe")).Status.ShouldBe(RunStatus.Rejected);
        var first = await host.AnswerAsync(id, "review", "user:an", "Approve", "Đồng ý");
        first.InstanceStatus.ShouldBe(InstanceStatus.Suspended);
        first.OpenBookmarks.Select(b => b.Assignee).ShouldBe(["user:binh", "role:union-chair"], ignoreOrder: true);
        (await CountsAsync(host, id))!.ToJsonString().ShouldBe("""{"approve":1,"reject":0,"total":3,"pending":2}""");

        await host.AnswerAsync(id, "review", "role:union-chair", "Approve");
        var done = await host.AnswerAsync(id, "review", "user:binh", "Approve");

        done.InstanceStatus.ShouldBe(InstanceStatus.Completed);
        done.Outcome.ShouldBe("Approved");
        done.OpenBookmarks.ShouldBeEmpty();
        (await CountsAsync(host, id))!.ToJsonString().ShouldBe("""{"approve":3,"reject":0,"total":3,"pending":0}""");
        var journal = await host.JournalAsync(id);
        journal.Select(j => (j.NodeId, j.Event)).ShouldBe(
        [
            (null, "InstanceStarted"), ("review", "TaskCreated"), ("review", "TaskCreated"), ("review", "TaskCreated"),
            ("review", "TaskCompleted"), ("review", "TaskCompleted"), ("review", "TaskCompleted"), ("review", "ReviewCompleted"), ("approved", "InstanceCompleted"),
        ]);
        journal.Where(j => j.Event == "TaskCompleted").Select(j => j.Actor).ShouldBe(["user:an", "role:union-chair", "user:binh"]);
        journal.Single(j => j.Event == "ReviewCompleted").Outcome.ShouldBe("Approved");
        (await host.InstanceAsync(id)).State.ShouldBe("{}");
    }

    [Fact]
    public async Task Wcp15_run_time_reviewers_come_from_the_input_and_a_majority_decides_early()
    {
        await using var host = await TestHost.CreateAsync();
        await host.PublishAsync(Review("wcp-15", "\"=vars.council\"", "\"majority\""));
        var small = await host.StartAsync("wcp-15", new JsonObject { ["council"] = new JsonArray("an", "binh") });
        small.OpenBookmarks.Count.ShouldBe(2);

        var run = await host.StartAsync("wcp-15", new JsonObject { ["council"] = new JsonArray("an", "binh", "chi", "dung", "em") });
        var id = run.InstanceId!;
        run.OpenBookmarks.Select(b => b.Assignee).ShouldBe(["user:an", "user:binh", "user:chi", "user:dung", "user:em"], ignoreOrder: true);

        await host.AnswerAsync(id, "review", "user:an", "Approve");
        await host.AnswerAsync(id, "review", "user:binh", "Reject");

        // The review's answers are node-instance state: they survive a new engine on the same database.
        await using var again = await host.ReopenAsync();
        await again.AnswerAsync(id, "review", "user:chi", "Approve");
        var done = await again.AnswerAsync(id, "review", "user:dung", "Approve");

        done.InstanceStatus.ShouldBe(InstanceStatus.Completed);
        done.Outcome.ShouldBe("Approved");
        done.OpenBookmarks.ShouldBeEmpty();
        (await CountsAsync(again, id))!.ToJsonString().ShouldBe("""{"approve":3,"reject":1,"total":5,"pending":1}""");
        (await again.StepsAsync(id)).ShouldBe(
        [
            (null, "InstanceStarted"), ("review", "TaskCreated"), ("review", "TaskCreated"), ("review", "TaskCreated"), ("review", "TaskCreated"), ("review", "TaskCreated"),
            ("review", "TaskCompleted"), ("review", "TaskCompleted"), ("review", "TaskCompleted"), ("review", "TaskCompleted"),
            ("review", "NodeCancelled"), ("review", "ReviewCompleted"), ("approved", "InstanceCompleted"),
        ]);
        (await again.InstanceAsync(small.InstanceId!)).Status.ShouldBe(InstanceStatus.Suspended);
    }

    [Fact]
    public async Task Veto_on_reject_rejects_at_the_first_rejection_and_cancels_the_other_reviews()
    {
        await using var host = await TestHost.CreateAsync();
        var id = (await host.RunAsync(Review("veto", """[{ "user": "an" }, { "user": "binh" }, { "user": "chi" }]""", "\"vetoOnReject\""), "veto")).InstanceId!;

        await host.AnswerAsync(id, "review", "user:an", "Approve");
        var done = await host.AnswerAsync(id, "review", "user:chi", "Reject");

        done.InstanceStatus.ShouldBe(InstanceStatus.Completed);
        done.Outcome.ShouldBe("Rejected");
        (await host.StepsAsync(id))[^4..].ShouldBe([("review", "TaskCompleted"), ("review", "NodeCancelled"), ("review", "ReviewCompleted"), ("rejected", "InstanceCompleted")]);
    }

    [Fact]
    public async Task Custom_outcomes_count_only_the_approve_and_reject_outcomes()
    {
        await using var host = await TestHost.CreateAsync();
        var id = (await host.RunAsync(Review("custom", """[{ "user": "an" }, { "user": "binh" }, { "user": "chi" }]""", "{\"percentage\":60}",
            ",\"outcomes\":[\"Agree\",\"Disagree\",\"Abstain\"],\"approveOutcome\":\"Agree\",\"rejectOutcome\":\"Disagree\""), "custom")).InstanceId!;

        (await host.AnswerAsync(id, "review", "user:an", "Approve")).Status.ShouldBe(RunStatus.Rejected);
        await host.AnswerAsync(id, "review", "user:an", "Abstain");
        (await CountsAsync(host, id))!.ToJsonString().ShouldBe("""{"approve":0,"reject":0,"total":3,"pending":2}""");
        await host.AnswerAsync(id, "review", "user:binh", "Agree");
        var done = await host.AnswerAsync(id, "review", "user:chi", "Agree");

        done.Outcome.ShouldBe("Approved");
        (await host.JournalAsync(id)).Where(j => j.Event == "TaskCompleted").Select(j => j.Outcome).ShouldBe(["Abstain", "Agree", "Agree"]);
    }

    [Fact]
    public async Task An_empty_run_time_reviewer_list_faults_the_instance()
    {
        await using var host = await TestHost.CreateAsync();
        var run = await host.RunAsync(Review("empty", "\"=vars.council\""), "empty", new JsonObject { ["council"] = new JsonArray() });

        run.InstanceStatus.ShouldBe(InstanceStatus.Faulted);
        run.OpenBookmarks.ShouldBeEmpty();
    }
}
