using DienHong.Engine.Storage;
using Shouldly;
using Xunit;
using static DienHong.Engine.Tests.Definitions;

namespace DienHong.Scheduling.Tests;

/// <summary>Timers through the real Hangfire server: they fire, survive restarts, and are removed with their task.</summary>
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
        var timer = started.OpenBookmarks.Single();
        timer.JobId.ShouldNotBeNull();
        (await host.LoadAsync(started.InstanceId!)).Bookmarks.Single().JobId.ShouldBe(timer.JobId);
        await host.WaitForStatusAsync(started.InstanceId!, InstanceStatus.Completed);
        (await host.EventsAsync(started.InstanceId!)).Count(e => e == "TimerFired").ShouldBe(1);
    }

    [Fact]
    public async Task A_timer_due_at_once_resumes_the_instance()
    {
        await using var host = await SchedulingHost.CreateAsync();
        await host.PublishAsync(TimerIn("at-once", 0));

        var started = await host.StartAsync("at-once");

        started.OpenBookmarks.Single().JobId.ShouldNotBeNull();
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
            started.OpenBookmarks.Single().JobId.ShouldNotBeNull();
            instanceId = started.InstanceId!;
        }

        await using var second = await first.ReopenAsync();
        (await second.LoadAsync(instanceId)).Instance.Status.ShouldBe(InstanceStatus.Suspended);
        await second.WaitForStatusAsync(instanceId, InstanceStatus.Completed);
        (await second.EventsAsync(instanceId)).Count(e => e == "TimerFired").ShouldBe(1);
    }

    [Fact]
    public async Task Timers_saved_without_a_job_server_get_their_jobs_at_startup()
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
        (await hangfire.LoadAsync(instanceId)).Bookmarks.SingleOrDefault()?.JobId.ShouldNotBeNull();
        await hangfire.WaitForStatusAsync(instanceId, InstanceStatus.Completed);
        (await hangfire.EventsAsync(instanceId)).Count(e => e == "TimerFired").ShouldBe(1);
        (await hangfire.Get<MissingWakeJobs>().ScheduleMissingJobsAsync()).ShouldBe(0);
    }

    [Fact]
    public async Task Completing_a_task_deletes_its_escalation_job()
    {
        await using var host = await SchedulingHost.CreateAsync();
        await host.PublishAsync(Workflow("escalated",
            string.Join(",",
                Node("start", "Start"),
                Task("review", "\"Done\"", """, "escalation": { "after": { "hours": 4 }, "action": "reassign", "to": { "role": "head" } }"""),
                Node("end", "End")),
            string.Join(",", Edge("start", "review"), Edge("review", "end"))));
        var started = await host.StartAsync("escalated");
        var task = started.OpenBookmarks.Single();
        var jobId = task.JobId.ShouldNotBeNull();
        host.JobState(jobId).ShouldBe("Scheduled");

        var done = await host.Engine.ResumeAsync(task.Id, new Engine.Runtime.ResumeInput("tester", "Done"), started.InstanceId);

        done.Status.ShouldBe(Engine.Runtime.RunStatus.Ok);
        done.InstanceStatus.ShouldBe(InstanceStatus.Completed);
        host.JobState(jobId).ShouldBe("Deleted");
    }
}
