using System.Text.Json.Nodes;
using DienHong.Engine.Activities;
using DienHong.Engine.Runtime;
using DienHong.Engine.Storage;
using DienHong.Engine.Tests.Patterns;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;
using Xunit;
using static DienHong.Engine.Tests.Definitions;

namespace DienHong.Engine.Tests.Routing;

/// <summary>What the engine makes of each thing an activity can do when resumed: throw, refuse, wait on nothing, change its task, comment.</summary>
public sealed class ActivityResultTests : IAsyncLifetime
{
    private TestHost host = null!;

    public async Task InitializeAsync() => host = await TestHost.CreateAsync(services: s => s.AddSingleton<IActivity, FlakyActivity>());

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task An_activity_that_throws_raises_an_incident_naming_the_exception_and_keeps_its_task()
    {
        var id = await StartAsync("\"user:an\"");

        var thrown = await host.AnswerAsync(id, "flaky", "user:an", "Throw");

        thrown.InstanceStatus.ShouldBe(InstanceStatus.Faulted);
        thrown.OpenBookmarks.Select(b => b.Assignee).ShouldBe(["user:an"]);
        (await host.IncidentsAsync(id)).ShouldHaveSingleItem().ShouldBe(("flaky", "InvalidOperationException: boom"));
    }

    [Fact]
    public async Task An_activity_that_refuses_the_request_changes_nothing()
    {
        var id = await StartAsync("\"user:an\"");
        var before = await host.InstanceAsync(id);

        var refused = await host.AnswerAsync(id, "flaky", "user:an", "Refuse");

        (refused.Status, refused.Message).ShouldBe((RunStatus.Rejected, "refused"));
        (await host.InstanceAsync(id)).ShouldBe(before);
    }

    [Fact]
    public async Task An_activity_that_waits_on_nothing_raises_an_incident()
    {
        var id = await StartAsync("\"user:an\"");

        var vanished = await host.AnswerAsync(id, "flaky", "user:an", "Vanish");

        vanished.InstanceStatus.ShouldBe(InstanceStatus.Faulted);
        (await host.IncidentsAsync(id)).ShouldHaveSingleItem().Message.ShouldBe("Flaky waits without a bookmark: nothing could resume it.");
    }

    [Fact]
    public async Task A_change_of_payload_keeps_the_task_and_its_assignee()
    {
        var id = await StartAsync("\"user:an\"");

        var touched = await host.AnswerAsync(id, "flaky", "user:an", "Touch");

        var task = touched.OpenBookmarks.ShouldHaveSingleItem();
        (task.Assignee, task.Payload, task.WakeAt).ShouldBe(("user:an", """{"touched":true}""", null));
        (await host.Store.LoadAsync(id))!.Bookmarks.Single().Payload.ShouldBe("""{"touched":true}""");
    }

    [Theory]
    [InlineData("Done", "the person's comment")]
    [InlineData("Noted", "noted by the node")]
    public async Task The_completion_keeps_the_activity_comment_or_else_the_person_comment(string outcome, string comment)
    {
        var id = await StartAsync("\"user:an\"");

        await host.AnswerAsync(id, "flaky", "user:an", outcome, "the person's comment");

        (await host.JournalAsync(id)).Single(j => j.Event == "NodeCompleted").Comment.ShouldBe(comment);
    }

    [Fact]
    public async Task A_wait_is_journalled_with_what_identifies_it_and_nothing_else()
    {
        var id = await StartAsync("\"user:an\", null");

        var waits = (await host.JournalAsync(id)).Where(j => j.Event == "TaskCreated").Select(j => j.Data).ToList();

        waits.ShouldBe(["""{"kind":"Task","assignee":"user:an"}""", null]);
        (await host.Store.LoadAsync(id))!.Bookmarks.Select(b => b.Payload).ShouldBe(["""{"flaky":true}""", """{"flaky":true}"""]);
    }

    [Fact]
    public async Task A_task_and_a_timer_are_journalled_with_their_key_assignee_due_and_wake_times()
    {
        var run = await host.RunAsync(Workflow("waits",
            string.Join(",", Node("start", "Start"), Node("fork", "Fork"), Task("a", "\"Done\"", ",\"due\":{\"workingDays\":2}"), Node("wait", "Timer", ",\"after\":{\"days\":1}"),
                Node("end", "End")),
            string.Join(",", Edge("start", "fork"), Edge("fork", "a"), Edge("fork", "wait"), Edge("a", "end", "Done"), Edge("wait", "end"))), "waits");
        var journal = await host.JournalAsync(run.InstanceId!);
        var task = run.OpenBookmarks.Single(b => b.NodeId == "a");
        var timer = run.OpenBookmarks.Single(b => b.NodeId == "wait");

        var created = JsonNode.Parse(journal.Single(j => j.Event == "TaskCreated").Data!)!.AsObject();
        created.Select(p => p.Key).ShouldBe(["kind", "key", "assignee", "due"]);
        (created["kind"]!.GetValue<string>(), created["key"]!.GetValue<string>(), created["assignee"]!.GetValue<string>()).ShouldBe(("Task", "a", "role:staff"));
        created["due"]!.GetValue<DateTimeOffset>().ShouldBe(task.DueAt!.Value);
        task.Payload.ShouldBe("""{"outcomes":["Done"],"actions":["claim","delegate","reassign"]}""");

        var started = JsonNode.Parse(journal.Single(j => j.Event == "TimerStarted").Data!)!.AsObject();
        started.Select(p => p.Key).ShouldBe(["kind", "due", "wakeAt"]);
        started["kind"]!.GetValue<string>().ShouldBe("Timer");
        started["wakeAt"]!.GetValue<DateTimeOffset>().ShouldBe(timer.WakeAt!.Value);
    }

    [Fact]
    public async Task A_reminder_and_a_delegation_change_only_what_they_are_about()
    {
        var id = (await host.RunAsync(Workflow("remind",
            string.Join(",", Node("start", "Start"), Task("a", "\"Done\"", ",\"due\":{\"workingDays\":3},\"reminders\":[{\"before\":{\"workingDays\":1}},{\"after\":{\"workingDays\":1}}]"), Node("end", "End")),
            string.Join(",", Edge("start", "a"), Edge("a", "end", "Done"))), "remind")).InstanceId!;
        var created = (await host.Store.LoadAsync(id))!.Bookmarks.Single();

        (await host.AdvanceAsync(TimeSpan.FromDays(3))).ShouldBe(1);
        var reminded = (await host.Store.LoadAsync(id))!.Bookmarks.Single();
        (reminded.Assignee, reminded.Payload, reminded.DueAt).ShouldBe((created.Assignee, created.Payload, created.DueAt));
        reminded.WakeAt.ShouldNotBe(created.WakeAt);
        reminded.WakeAt.ShouldNotBeNull();

        var delegated = await host.Engine.ResumeAsync(reminded.Id, new ResumeInput("tester", Action: "delegate", Data: new JsonObject { ["to"] = "binh" }), id);
        delegated.Succeeded.ShouldBeTrue(delegated.Message);
        var moved = (await host.Store.LoadAsync(id))!.Bookmarks.Single();
        (moved.Assignee, moved.WakeAt, moved.Payload).ShouldBe(("user:binh", reminded.WakeAt, created.Payload));
    }

    private async Task<string> StartAsync(string assignees) =>
        (await host.RunAsync(Workflow("flaky",
            string.Join(",", Node("start", "Start"), Node("flaky", "Flaky", $",\"assignees\":[{assignees}]"), Node("end", "End")),
            string.Join(",", Edge("start", "flaky"), Edge("flaky", "end", "Done"))), "flaky")).InstanceId!;
}
