using DienHong.Engine.Storage;
using Hangfire;
using Shouldly;
using Xunit;
using static DienHong.Engine.Tests.Definitions;

namespace DienHong.Scheduling.Tests;

/// <summary>
/// A task's reminder and escalation run as real Hangfire jobs. Their times are hours away, so the test asks Hangfire
/// to run each scheduled job now (requeue): the job carries the wake time it was scheduled for, and the task
/// decides by that time, exactly as when the job fires on its own.
/// </summary>
public sealed class ReminderJobTests
{
    [Fact]
    public async Task The_reminder_job_fires_before_the_deadline_and_the_escalation_job_after_it()
    {
        await using var host = await SchedulingHost.CreateAsync();
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

        var reminderJob = task.JobId.ShouldNotBeNull();
        host.Get<IBackgroundJobClient>().Requeue(reminderJob);
        var afterReminder = await WaitForJobChangeAsync(host, started.InstanceId!, reminderJob);

        afterReminder.WakeAt.ShouldBe(task.DueAt!.Value.AddHours(2));
        (await host.EventsAsync(started.InstanceId!)).ShouldContain("ReminderSent");
        (await host.EventsAsync(started.InstanceId!)).ShouldNotContain("TaskEscalated");

        host.Get<IBackgroundJobClient>().Requeue(afterReminder.JobId!);
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (!(await host.EventsAsync(started.InstanceId!)).Contains("TaskEscalated") && DateTime.UtcNow < deadline)
        {
            await System.Threading.Tasks.Task.Delay(100);
        }

        var escalated = (await host.LoadAsync(started.InstanceId!)).Bookmarks.Single();
        escalated.Id.ShouldBe(task.Id);
        escalated.Assignee.ShouldBe("role:head");
        escalated.WakeAt.ShouldBeNull();
        (await host.EventsAsync(started.InstanceId!)).ShouldBe(["InstanceStarted", "TaskCreated", "ReminderSent", "TaskEscalated"]);
    }

    /// <summary>Polls until the task's wake-up job is no longer <paramref name="jobId"/> (the job ran and scheduled the next).</summary>
    private static async Task<BookmarkRecord> WaitForJobChangeAsync(SchedulingHost host, string instanceId, string jobId)
    {
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (true)
        {
            var bookmark = (await host.LoadAsync(instanceId)).Bookmarks.Single();
            if (bookmark.JobId != jobId)
            {
                return bookmark;
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"The reminder job {jobId} did not run within 20 s.");
            }

            await System.Threading.Tasks.Task.Delay(100);
        }
    }
}
