using DienHong.Engine.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Shouldly;
using Xunit;
using static DienHong.Engine.Tests.Definitions;

namespace DienHong.Scheduling.Tests;

/// <summary>
/// A task's reminder and escalation, fired by the real Hangfire server's wake-up drain. Their times are hours away,
/// so the engine's clock is moved past each of them: the drain, which reads the due wake-ups at the engine's time,
/// then fires each exactly as when its time comes on its own.
/// </summary>
public sealed class ReminderJobTests
{
    [Fact]
    public async Task The_drain_fires_the_reminder_before_the_deadline_and_the_escalation_after_it()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var host = await SchedulingHost.CreateAsync(configure: s => s.AddSingleton<TimeProvider>(clock));
        await host.PublishAsync(Workflow("reminded",
            string.Join(",",
                Node("start", "Start"),
                Task("review", "\"Done\"", """
                    , "due": { "hours": 4 }, "reminders": [ { "before": { "hours": 1 } } ],
                      "escalation": { "after": { "hours": 2 }, "action": "reassign", "to": { "role": "head" } }
                    """),
                Node("end", "End")),
            string.Join(",", Edge("start", "review"), Edge("review", "end"))));
        var started = await host.StartAsync("reminded");
        var task = started.OpenBookmarks.Single();
        task.WakeAt.ShouldBe(task.DueAt!.Value.AddHours(-1));

        clock.SetUtcNow(task.WakeAt!.Value.AddMinutes(1));
        var afterReminder = await WaitForWakeChangeAsync(host, started.InstanceId!, task.WakeAt);

        afterReminder.WakeAt.ShouldBe(task.DueAt!.Value.AddHours(2));
        (await host.EventsAsync(started.InstanceId!)).ShouldContain("ReminderSent");
        (await host.EventsAsync(started.InstanceId!)).ShouldNotContain("TaskEscalated");

        clock.SetUtcNow(afterReminder.WakeAt!.Value.AddMinutes(1));
        var escalated = await WaitForWakeChangeAsync(host, started.InstanceId!, afterReminder.WakeAt);

        escalated.Id.ShouldBe(task.Id);
        escalated.Assignee.ShouldBe("role:head");
        escalated.WakeAt.ShouldBeNull();
        (await host.EventsAsync(started.InstanceId!)).ShouldBe(["InstanceStarted", "TaskCreated", "ReminderSent", "TaskEscalated"]);
        host.ScheduledJobs().ShouldBe(0);
    }

    /// <summary>Polls until the task no longer wakes at <paramref name="wakeAt"/> (the drain woke it).</summary>
    private static async Task<BookmarkRecord> WaitForWakeChangeAsync(SchedulingHost host, string instanceId, DateTimeOffset? wakeAt)
    {
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (true)
        {
            var bookmark = (await host.LoadAsync(instanceId)).Bookmarks.Single();
            if (bookmark.WakeAt != wakeAt)
            {
                return bookmark;
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"The wake-up at {wakeAt:o} was not drained within 20 s.");
            }

            await System.Threading.Tasks.Task.Delay(100);
        }
    }
}
