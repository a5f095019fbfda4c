using DienHong.Engine.Runtime;
using DienHong.Engine.Storage;
using DienHong.Engine.Tests.Patterns;
using Shouldly;
using Xunit;
using static DienHong.Engine.Tests.Definitions;

namespace DienHong.Engine.Tests.Routing;

/// <summary>Every outcome goes somewhere: an edge, the end of the case or branch its <c>ends</c> declares, or an incident.</summary>
public sealed class OutcomeRoutingTests
{
    private static readonly string HeadDecides = Task("head", "\"Approve\",\"Reject\"");

    [Fact]
    public async Task An_outcome_named_in_ends_completes_the_case_with_its_outcome_and_cancels_the_open_work()
    {
        await using var host = await TestHost.CreateAsync();
        var run = await host.RunAsync(Workflow("ends-case",
            string.Join(",", Node("start", "Start"), Node("fork", "Fork"), Task("head", "\"Approve\",\"Reject\"", ",\"ends\":{\"Reject\":\"Rejected\"}"), Task("clerk"),
                Node("approved", "End", ",\"outcome\":\"Approved\"")),
            string.Join(",", Edge("start", "fork"), Edge("fork", "head"), Edge("fork", "clerk"), Edge("head", "approved", "Approve"), Edge("clerk", "approved", "Done"))), "ends-case");
        var id = run.InstanceId!;

        var ended = await host.CompleteAsync(id, "head", "Reject", actor: "user:an");

        ended.InstanceStatus.ShouldBe(InstanceStatus.Completed);
        ended.Outcome.ShouldBe("Rejected");
        ended.OpenBookmarks.ShouldBeEmpty();
        (await host.Store.LoadAsync(id))!.Bookmarks.ShouldBeEmpty();
        (await host.ActorsAsync(id))[^3..].ShouldBe([("head", "TaskCompleted", "user:an"), ("clerk", "NodeCancelled", "user:an"), ("head", "InstanceCompleted", "user:an")]);
        (await host.JournalAsync(id))[^1].Outcome.ShouldBe("Rejected");
        (await host.InstanceAsync(id)).Outcome.ShouldBe("Rejected");
    }

    [Fact]
    public async Task An_outcome_that_ends_only_its_branch_leaves_the_rest_of_the_case_running()
    {
        await using var host = await TestHost.CreateAsync();
        var run = await host.RunAsync(Workflow("ends-branch",
            string.Join(",", Node("start", "Start"), Node("fork", "Fork"), Task("note", "\"Noted\"", ",\"ends\":{\"Noted\":null}"), Task("main"),
                Node("approved", "End", ",\"outcome\":\"Approved\"")),
            string.Join(",", Edge("start", "fork"), Edge("fork", "note"), Edge("fork", "main"), Edge("main", "approved", "Done"))), "ends-branch");
        var id = run.InstanceId!;

        var noted = await host.DoAsync(id, "note", "Noted");

        noted.InstanceStatus.ShouldBe(InstanceStatus.Suspended);
        noted.OpenBookmarks.Select(b => b.NodeId).ShouldBe(["main"]);
        (await host.IncidentsAsync(id)).ShouldBeEmpty();
        var done = await host.DoAsync(id, "main");
        done.InstanceStatus.ShouldBe(InstanceStatus.Completed);
        done.Outcome.ShouldBe("Approved");
    }

    [Fact]
    public async Task An_outcome_no_edge_takes_and_ends_does_not_name_is_an_incident_and_a_retry_asks_again()
    {
        // A version published before the rule existed: the validator would refuse it today.
        await using var host = await TestHost.CreateAsync();
        await host.PublishUncheckedAsync(Workflow("lost-reject",
            string.Join(",", Node("start", "Start"), HeadDecides, Node("approved", "End", ",\"outcome\":\"Approved\"")),
            string.Join(",", Edge("start", "head"), Edge("head", "approved", "Approve"))));
        var id = (await host.StartAsync("lost-reject")).InstanceId!;

        var rejected = await host.CompleteAsync(id, "head", "Reject", actor: "user:an");

        rejected.Succeeded.ShouldBeTrue(rejected.Message);
        rejected.InstanceStatus.ShouldBe(InstanceStatus.Faulted);
        rejected.OpenBookmarks.ShouldBeEmpty();
        var incident = (await host.IncidentsAsync(id)).ShouldHaveSingleItem();
        incident.Node.ShouldBe("head");
        incident.Message.ShouldStartWith("node 'head' completed with outcome 'Reject', which no edge takes");
        (await host.ActorsAsync(id))[^2..].ShouldBe([("head", "TaskCompleted", "user:an"), ("head", "InstanceFaulted", "user:an")]);

        var retried = await host.Engine.RetryAsync(id, "admin");
        retried.InstanceStatus.ShouldBe(InstanceStatus.Suspended);
        retried.OpenBookmarks.Select(b => b.NodeId).ShouldBe(["head"]);
        (await host.InstanceAsync(id)).State.ShouldBe("{}");
        var approved = await host.CompleteAsync(id, "head", "Approve");
        approved.InstanceStatus.ShouldBe(InstanceStatus.Completed);
        approved.Outcome.ShouldBe("Approved");
    }

    [Fact]
    public async Task A_default_outcome_with_edges_but_none_without_an_outcome_is_an_incident()
    {
        await using var host = await TestHost.CreateAsync();
        await host.PublishUncheckedAsync(Workflow("lost-default",
            string.Join(",", Node("start", "Start"), Node("set", "SetVariable", ",\"variable\":\"x\",\"value\":1"), Task("handle")),
            string.Join(",", Edge("start", "set"), Edge("set", "handle", "Faulted")),
            """[{ "name": "x", "type": "number" }]"""));

        var started = await host.StartAsync("lost-default");

        started.InstanceStatus.ShouldBe(InstanceStatus.Faulted);
        started.OpenBookmarks.ShouldBeEmpty();
        (await host.IncidentsAsync(started.InstanceId!)).ShouldHaveSingleItem().Message
            .ShouldStartWith("node 'set' completed with outcome '(default)', which no edge takes");
    }

    [Fact]
    public async Task A_node_without_edges_that_completes_with_the_default_outcome_just_ends_its_branch()
    {
        await using var host = await TestHost.CreateAsync();
        var run = await host.RunAsync(Workflow("default-sink",
            string.Join(",", Node("start", "Start"), Node("set", "SetVariable", ",\"variable\":\"x\",\"value\":1")),
            Edge("start", "set"), """[{ "name": "x", "type": "number" }]"""), "default-sink");

        run.InstanceStatus.ShouldBe(InstanceStatus.Completed);
        run.Outcome.ShouldBeNull();
        (await host.IncidentsAsync(run.InstanceId!)).ShouldBeEmpty();
    }

    [Theory]
    [InlineData("{ \"y\": 1 }", "next")]
    [InlineData("null", "handle")]
    public async Task A_node_takes_its_success_edge_or_after_a_fault_only_its_Faulted_edge(string x, string taken)
    {
        await using var host = await TestHost.CreateAsync();
        var run = await host.RunAsync(Workflow("faulted-only",
            string.Join(",", Node("start", "Start"), Node("set", "SetVariable", ",\"variable\":\"y\",\"value\":\"=vars.x.y\""), Task("next"), Task("handle"),
                Node("end", "End")),
            string.Join(",", Edge("start", "set"), Edge("set", "next"), Edge("set", "handle", "Faulted"), Edge("next", "end", "Done"), Edge("handle", "end", "Done")),
            """[{ "name": "x", "type": "object" }, { "name": "y", "type": "number" }]"""), "faulted-only",
            new System.Text.Json.Nodes.JsonObject { ["x"] = System.Text.Json.Nodes.JsonNode.Parse(x) });

        run.InstanceStatus.ShouldBe(InstanceStatus.Suspended);
        run.OpenBookmarks.Select(b => b.NodeId).ShouldBe([taken]);
        var set = (await host.JournalAsync(run.InstanceId!)).Single(j => j.NodeId == "set");
        (set.Event, set.Actor, set.Outcome).ShouldBe(taken == "handle" ? ("NodeFaulted", "tester", "Faulted") : ("NodeCompleted", "tester", null));
        (await host.IncidentsAsync(run.InstanceId!)).ShouldBeEmpty();
    }

    [Fact]
    public async Task A_node_failing_on_resume_with_a_Faulted_edge_closes_its_other_tasks_and_takes_only_that_edge()
    {
        await using var host = await TestHost.CreateAsync(services: s => Microsoft.Extensions.DependencyInjection.ServiceCollectionServiceExtensions.AddSingleton<Activities.IActivity, FlakyActivity>(s));
        var run = await host.RunAsync(Workflow("flaky-faulted",
            string.Join(",", Node("start", "Start"), Node("flaky", "Flaky", ",\"assignees\":[\"user:an\",\"user:binh\"]"), Task("next"), Task("handle"), Node("end", "End")),
            string.Join(",", Edge("start", "flaky"), Edge("flaky", "next"), Edge("flaky", "handle", "Faulted"), Edge("next", "end", "Done"), Edge("handle", "end", "Done"))),
            "flaky-faulted");
        var id = run.InstanceId!;
        var binh = run.OpenBookmarks.Single(b => b.Assignee == "user:binh");

        var broken = await host.AnswerAsync(id, "flaky", "user:an", "Break");

        broken.InstanceStatus.ShouldBe(InstanceStatus.Suspended);
        broken.OpenBookmarks.Select(b => b.NodeId).ShouldBe(["handle"]);
        (await host.ActorsAsync(id))[^3..].ShouldBe([("flaky", "NodeCancelled", "user:an"), ("flaky", "NodeFaulted", "user:an"), ("handle", "TaskCreated", "user:an")]);
        (await host.Engine.ResumeAsync(binh.Id, new ResumeInput("user:binh", "Done"), id)).Status.ShouldBe(RunStatus.AlreadyConsumed);
        (await host.InstanceAsync(id)).State.ShouldBe("{}");
    }

    [Fact]
    public async Task A_node_failing_on_resume_without_a_Faulted_edge_keeps_its_task_open_for_after_the_retry()
    {
        await using var host = await TestHost.CreateAsync(services: s => Microsoft.Extensions.DependencyInjection.ServiceCollectionServiceExtensions.AddSingleton<Activities.IActivity, FlakyActivity>(s));
        var run = await host.RunAsync(Workflow("flaky-incident",
            string.Join(",", Node("start", "Start"), Node("flaky", "Flaky", ",\"assignees\":[\"user:an\"]"), Node("end", "End")),
            string.Join(",", Edge("start", "flaky"), Edge("flaky", "end", "Done"))), "flaky-incident");
        var id = run.InstanceId!;

        var broken = await host.AnswerAsync(id, "flaky", "user:an", "Break");

        broken.InstanceStatus.ShouldBe(InstanceStatus.Faulted);
        broken.OpenBookmarks.Select(b => b.Assignee).ShouldBe(["user:an"]);
        (await host.IncidentsAsync(id)).ShouldHaveSingleItem().Message.ShouldBe("the flaky node broke");
        (await host.InstanceAsync(id)).State.ShouldBe("{}");
        (await host.Engine.RetryAsync(id, "admin")).InstanceStatus.ShouldBe(InstanceStatus.Suspended);
        (await host.AnswerAsync(id, "flaky", "user:an", "Done")).InstanceStatus.ShouldBe(InstanceStatus.Completed);
    }
}
