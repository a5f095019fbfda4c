using DienHong.Engine.Runtime;
using DienHong.Engine.Storage;
using DienHong.Persistence.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;
using Xunit;
using static DienHong.Engine.Tests.Definitions;

namespace DienHong.Scheduling.Tests;

/// <summary>
/// The per-bookmark wake-up job that earlier versions scheduled (still run when such a job fires): idempotent, and
/// safe when it runs before the scheduling run has committed.
/// </summary>
public sealed class WakeJobTests
{
    private static readonly string OneHourTimer = Workflow("hour-timer",
        string.Join(",",
            Node("start", "Start"),
            Node("wait", "Timer", """, "at": "=new Date(Date.now() + 3600000).toISOString()" """),
            Node("end", "End")),
        string.Join(",", Edge("start", "wait"), Edge("wait", "end")));

    [Fact]
    public async Task The_same_job_delivered_twice_gives_one_step()
    {
        await using var host = await SchedulingHost.CreateAsync();
        await host.PublishAsync(OneHourTimer);
        var started = await host.StartAsync("hour-timer");
        var timer = started.OpenBookmarks.Single();
        var wakeMs = timer.WakeAt!.Value.ToUnixTimeMilliseconds();

        await host.Get<WakeJob>().RunAsync(started.InstanceId!, timer.Id, wakeMs, CancellationToken.None);
        await host.Get<WakeJob>().RunAsync(started.InstanceId!, timer.Id, wakeMs, CancellationToken.None);

        (await host.LoadAsync(started.InstanceId!)).Instance.Status.ShouldBe(InstanceStatus.Completed);
        (await host.EventsAsync(started.InstanceId!)).Count(e => e == "TimerFired").ShouldBe(1);
    }

    [Fact]
    public async Task Concurrent_deliveries_of_one_job_give_one_step()
    {
        await using var host = await SchedulingHost.CreateAsync();
        await host.PublishAsync(OneHourTimer);
        var started = await host.StartAsync("hour-timer");
        var timer = started.OpenBookmarks.Single();
        var wakeMs = timer.WakeAt!.Value.ToUnixTimeMilliseconds();

        await System.Threading.Tasks.Task.WhenAll(Enumerable.Range(0, 4).Select(_ =>
            System.Threading.Tasks.Task.Run(() => host.Get<WakeJob>().RunAsync(started.InstanceId!, timer.Id, wakeMs, CancellationToken.None))));

        (await host.EventsAsync(started.InstanceId!)).Count(e => e == "TimerFired").ShouldBe(1);
    }

    [Fact]
    public async Task A_wake_for_a_moved_or_missing_bookmark_is_a_no_op()
    {
        await using var host = await SchedulingHost.CreateAsync();
        await host.PublishAsync(OneHourTimer);
        var started = await host.StartAsync("hour-timer");
        var timer = started.OpenBookmarks.Single();

        await host.Get<WakeJob>().RunAsync(started.InstanceId!, timer.Id, timer.WakeAt!.Value.AddMinutes(-5).ToUnixTimeMilliseconds(), CancellationToken.None);
        await host.Get<WakeJob>().RunAsync("no-such-instance", "no-such-bookmark", 0, CancellationToken.None);

        (await host.LoadAsync(started.InstanceId!)).Instance.Status.ShouldBe(InstanceStatus.Suspended);
    }

    [Fact]
    public async Task A_job_that_runs_before_the_start_has_committed_waits_for_the_commit()
    {
        await using var host = await SchedulingHost.CreateAsync(configure: services =>
        {
            services.AddSingleton(sp => new GatedStore(sp.GetRequiredService<SqliteWorkflowStore>()));
            services.AddSingleton<IWorkflowStore>(sp => sp.GetRequiredService<GatedStore>());
            services.AddSingleton<RecordingLocks>();
            services.AddSingleton<IInstanceLocks>(sp => sp.GetRequiredService<RecordingLocks>());
        });
        await host.PublishAsync(OneHourTimer);
        var gate = host.Get<GatedStore>();
        var committing = gate.Arm();

        var start = host.StartAsync("hour-timer");
        var changes = await committing.WaitAsync(TimeSpan.FromSeconds(10));
        var instanceId = changes.Instance.Id;
        var timer = changes.AddedBookmarks.Single();
        var wake = System.Threading.Tasks.Task.Run(() => host.Get<WakeJob>().RunAsync(instanceId, timer.Id, timer.WakeAt!.Value.ToUnixTimeMilliseconds(), CancellationToken.None));
        await host.Get<RecordingLocks>().SecondRequest(instanceId).WaitAsync(TimeSpan.FromSeconds(10));

        wake.IsCompleted.ShouldBeFalse("the wake-up must wait for the start's lock");
        gate.Release();
        (await start).Status.ShouldBe(RunStatus.Ok);
        await wake.WaitAsync(TimeSpan.FromSeconds(10));

        (await host.LoadAsync(instanceId)).Instance.Status.ShouldBe(InstanceStatus.Completed);
        (await host.EventsAsync(instanceId)).Count(e => e == "TimerFired").ShouldBe(1);
    }
}
