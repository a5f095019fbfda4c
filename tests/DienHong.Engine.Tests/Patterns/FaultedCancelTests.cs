using DienHong.Engine.Storage;
using Shouldly;
using Xunit;
using static DienHong.Engine.Tests.Definitions;

namespace DienHong.Engine.Tests.Patterns;

/// <summary>Cancelling one task (WCP-19) of a faulted instance must not hide the fault.</summary>
public sealed class FaultedCancelTests
{
    [Fact]
    public async Task Cancelling_a_task_of_a_faulted_instance_keeps_it_faulted_and_retryable()
    {
        await using var host = await TestHost.CreateAsync();
        var run = await host.RunAsync(Workflow("faulted-cancel",
            string.Join(",", Node("start", "Start"), Node("fork", "Fork"), LastTask("a"), Node("check", "Decision", ",\"condition\":\"=vars.x.y > 0\""), LastTask("b")),
            string.Join(",", Edge("start", "fork"), Edge("fork", "a"), Edge("fork", "check"), Edge("check", "b", "True"), Edge("check", "b", "False")),
            """[{ "name": "x", "type": "object" }]"""), "faulted-cancel");
        var id = run.InstanceId!;
        run.InstanceStatus.ShouldBe(InstanceStatus.Faulted);
        var a = run.OpenBookmarks.Single(b => b.NodeId == "a");

        var cancelled = await host.Engine.CancelBookmarkAsync(id, a.Id, "not needed", "admin");

        cancelled.Succeeded.ShouldBeTrue(cancelled.Message);
        cancelled.InstanceStatus.ShouldBe(InstanceStatus.Faulted);
        (await host.InstanceAsync(id)).Status.ShouldBe(InstanceStatus.Faulted);
        (await host.Engine.RetryAsync(id, "admin")).InstanceStatus.ShouldBe(InstanceStatus.Faulted);
        (await host.StepsAsync(id)).ShouldBe(
        [
            (null, "InstanceStarted"), ("fork", "NodeCompleted"), ("a", "TaskCreated"), ("check", "InstanceFaulted"), ("a", "NodeCancelled"),
            (null, "InstanceRetried"), ("check", "InstanceFaulted"),
        ]);
    }

    [Fact]
    public async Task A_fault_keeps_the_tokens_not_yet_run_for_the_retry()
    {
        await using var host = await TestHost.CreateAsync();
        var run = await host.RunAsync(Workflow("faulted-pending",
            string.Join(",", Node("start", "Start"), Node("fork", "Fork"), Node("check", "Decision", ",\"condition\":\"=vars.x.y > 0\""), LastTask("a"), LastTask("b")),
            string.Join(",", Edge("start", "fork"), Edge("fork", "check"), Edge("fork", "a"), Edge("check", "b", "True"), Edge("check", "b", "False")),
            """[{ "name": "x", "type": "object" }]"""), "faulted-pending");

        run.InstanceStatus.ShouldBe(InstanceStatus.Faulted);
        run.OpenBookmarks.ShouldBeEmpty();
        (await host.InstanceAsync(run.InstanceId!)).State.ShouldBe("""{"pending":[{"node":"check","edge":1},{"node":"a","edge":2}]}""");
    }
}
