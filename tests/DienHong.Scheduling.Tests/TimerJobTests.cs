using DienHong.Engine.Storage;
using Hangfire;
using Shouldly;
using Xunit;
using static DienHong.Engine.Tests.Definitions;

namespace DienHong.Scheduling.Tests;

/// <summary>
/// Timers through the real Hangfire server: the wake-up drain fires them, with no job per timer; they survive
/// restarts, and a job an earlier version made for a bookmark is deleted with its task.
/// </summary>
public sealed class TimerJobTests
{
    private static string TimerIn(string key, int milliseconds) => Workflow(key,
        string.Join(",",
            Node("start", "Start"),
            Node("wait", "Timer", $$""", "at": "=new Date(Date.now() + {{milliseconds}}).toISOString()" """),
            Node("end", "End", ",\"outcome\":\"Waited\"")),
        string.Join(",", Edge("start", "wait"), Edge("wait", "end")));

    [Fact]
    public async Task A_one_second_timer_resumes_the_instance()
    {
        await using var host = await SchedulingHost.CreateAsync();
        await host.PublishAsync(TimerIn("one-second", 1000));

        var started = await host.StartAsync("one-second");

        started.Status.ShouldBe(Engine.Runtime.RunStatus.Ok);
        started.OpenBookmarks.Single().JobId.ShouldBeNull("the drain finds the timer: it has no job of its own");
        host.ScheduledJobs().ShouldBe(0);
        await host.WaitForStatusAsync(started.InstanceId!, InstanceStatus.Completed);
        (await host.EventsAsync(started.InstanceId!)).Count(e => e == "TimerFired").ShouldBe(1);
    }

    [Fact]
    public async Task A_timer_due_at_once_resumes_the_instance()
    {
        await using var host = await SchedulingHost.CreateAsync();
        await host.PublishAsync(TimerIn("at-once", 0));

        var started = await host.StartAsync("at-once");

        await host.WaitForStatusAsync(started.InstanceId!, InstanceStatus.Completed);
        (await host.EventsAsync(started.InstanceId!)).Count(e => e == "TimerFired").ShouldBe(1);
    }

    [Fact]
    public async Task A_pending_timer_survives_a_restart_of_the_host()
    {
        string instanceId;
        var first = await SchedulingHost.CreateAsync();
        first.KeepFolder = true;
        await using (first)
        {
            await first.PublishAsync(TimerIn("restart", 4000));
            var started = await first.StartAsync("restart");
            instanceId = started.InstanceId!;
        }

        await using var second = await first.ReopenAsync();
        (await second.LoadAsync(instanceId)).Instance.Status.ShouldBe(InstanceStatus.Suspended);
        await second.WaitForStatusAsync(instanceId, InstanceStatus.Completed);
        (await second.EventsAsync(instanceId)).Count(e => e == "TimerFired").ShouldBe(1);
    }

    [Fact]
    public async Task Timers_saved_without_a_job_server_fire_once_it_runs()
    {
        string instanceId;
        var polling = await SchedulingHost.CreateAsync(withHangfire: false);
        polling.KeepFolder = true;
        await using (polling)
        {
            await polling.PublishAsync(TimerIn("reconcile", 1000));
            var started = await polling.StartAsync("reconcile");
            started.OpenBookmarks.Single().JobId.ShouldBeNull();
            instanceId = started.InstanceId!;
        }

        await using var hangfire = await polling.ReopenAsync();
        await hangfire.WaitForStatusAsync(instanceId, InstanceStatus.Completed);
        (await hangfire.EventsAsync(instanceId)).Count(e => e == "TimerFired").ShouldBe(1);
    }

    [Fact]
    public async Task Completing_a_task_deletes_the_job_an_earlier_version_made_for_it()
    {
        string instanceId;
        var before = await SchedulingHost.CreateAsync(withHangfire: false);
        before.KeepFolder = true;
        await using (before)
        {
            await before.PublishAsync(Workflow("escalated",
                string.Join(",",
                    Node("start", "Start"),
                    Task("review", "\"Done\"", """, "escalation": { "after": { "hours": 4 }, "action": "reassign", "to": { "role": "head" } }"""),
                    Node("end", "End")),
                string.Join(",", Edge("start", "review"), Edge("review", "end"))));
            instanceId = (await before.StartAsync("escalated")).InstanceId!;
        }

        await using var host = await before.ReopenAsync();
        var task = (await host.LoadAsync(instanceId)).Bookmarks.Single();
        // What an earlier version saved: one delayed wake-up job per bookmark, its id on the bookmark.
        var jobId = host.Get<IBackgroundJobClient>().Schedule<WakeJob>(
            j => j.RunAsync(instanceId, task.Id, task.WakeAt!.Value.ToUnixTimeMilliseconds(), CancellationToken.None), task.WakeAt!.Value);
        (await host.Get<IWakeIndex>().AttachJobAsync(task.Id, task.WakeAt!.Value, jobId)).ShouldBeTrue();
        host.JobState(jobId).ShouldBe("Scheduled");

        var done = await host.Engine.ResumeAsync(task.Id, new Engine.Runtime.ResumeInput("tester", "Done"), instanceId);

        done.Status.ShouldBe(Engine.Runtime.RunStatus.Ok);
        done.InstanceStatus.ShouldBe(InstanceStatus.Completed);
        host.JobState(jobId).ShouldBe("Deleted");
    }
}
