using DienHong.Engine.Storage;
using Shouldly;
using Xunit;
using static DienHong.Engine.Tests.Definitions;

namespace DienHong.Engine.Tests.Time;

/// <summary>Task deadlines: reminders before and after the due date, then an escalation (Mon-Fri calendar).</summary>
public sealed class TaskDeadlineTests
{
    private const string Deadlines = """
        , "due": { "workingDays": 3 },
          "reminders": [ { "before": { "workingDays": 1 } }, { "every": { "workingDays": 1 } } ],
          "escalation": { "after": { "workingDays": 2 }, "action": "reassign", "to": { "role": "head" } }
        """;

    private static readonly TimeSpan Hanoi = TimeSpan.FromHours(7);

    [Fact]
    public async Task Reminders_fire_before_and_after_the_deadline_then_the_escalation_reassigns()
    {
        await using var host = await TestHost.CreateAsync();
        await host.PublishAsync(Workflow("deadline",
            string.Join(",", Node("start", "Start"), Task("review", "\"Done\"", Deadlines), Node("end", "End")),
            string.Join(",", Edge("start", "review"), Edge("review", "end"))));
        var started = await host.StartAsync("deadline");
        var task = started.OpenBookmarks.Single();

        // Created Monday 1 Feb 2027 08:00: the third working day ends at 24:00 on Thursday 4 Feb.
        task.DueAt.ShouldBe(new DateTimeOffset(2027, 2, 5, 0, 0, 0, Hanoi));
        task.WakeAt.ShouldBe(new DateTimeOffset(2027, 2, 3, 8, 0, 0, Hanoi));

        DateTimeOffset[] wakes =
        [
            new(2027, 2, 3, 8, 0, 0, Hanoi), // one working day before the last day
            new(2027, 2, 5, 8, 0, 0, Hanoi), // overdue: every working day
            new(2027, 2, 8, 8, 0, 0, Hanoi),
            new(2027, 2, 9, 0, 0, 0, Hanoi), // two working days after the deadline (Fri, Mon) end: escalate
        ];
        foreach (var wake in wakes)
        {
            host.Clock.SetUtcNow(wake);
            (await host.Engine.FireDueAsync(wake)).ShouldBe(1);
        }

        var journal = await host.JournalAsync(started.InstanceId!);
        journal.Where(j => j.NodeId == "review").Select(j => j.Event).ShouldBe(
            ["TaskCreated", "ReminderSent", "ReminderSent", "ReminderSent", "TaskEscalated"]);
        var open = (await host.Store.LoadAsync(started.InstanceId!))!.Bookmarks.Single();
        open.Id.ShouldBe(task.Id);
        open.Assignee.ShouldBe("role:head");
        open.WakeAt.ShouldBeNull();
    }

    [Fact]
    public async Task Completing_the_task_stops_its_wake_ups_and_a_late_wake_does_nothing()
    {
        await using var host = await TestHost.CreateAsync();
        await host.PublishAsync(Workflow("deadline2",
            string.Join(",", Node("start", "Start"), Task("review", "\"Done\"", Deadlines), Node("end", "End")),
            string.Join(",", Edge("start", "review"), Edge("review", "end"))));
        var started = await host.StartAsync("deadline2");
        var task = started.OpenBookmarks.Single();

        (await host.CompleteAsync(started.InstanceId!, "review", "Done")).InstanceStatus.ShouldBe(InstanceStatus.Completed);
        var late = await host.Engine.ResumeAsync(task.Id, Engine.Runtime.ResumeInput.Wake(task.WakeAt!.Value), started.InstanceId);

        late.Status.ShouldBe(Engine.Runtime.RunStatus.AlreadyConsumed);
        (await host.Engine.FireDueAsync(new DateTimeOffset(2027, 3, 1, 0, 0, 0, Hanoi))).ShouldBe(0);
        (await host.JournalAsync(started.InstanceId!)).Count(j => j.Event == "ReminderSent").ShouldBe(0);
    }

    [Fact]
    public async Task An_escalation_that_completes_gives_the_outcome_Overdue()
    {
        await using var host = await TestHost.CreateAsync();
        const string complete = """, "due": { "workingDays": 1 }, "escalation": { "after": { "workingDays": 0 }, "action": "complete" }""";
        await host.PublishAsync(Workflow("overdue",
            string.Join(",", Node("start", "Start"), Task("review", "\"Done\"", complete), Node("late", "End", ",\"outcome\":\"Late\""), Node("end", "End")),
            string.Join(",", Edge("start", "review"), Edge("review", "end", "Done"), Edge("review", "late", "Overdue"))));
        var started = await host.StartAsync("overdue");

        var due = started.OpenBookmarks.Single().DueAt!.Value;
        host.Clock.SetUtcNow(due);
        await host.Engine.FireDueAsync(due);

        var instance = (await host.Store.LoadAsync(started.InstanceId!))!.Instance;
        instance.Status.ShouldBe(InstanceStatus.Completed);
        instance.Outcome.ShouldBe("Late");
    }
}
