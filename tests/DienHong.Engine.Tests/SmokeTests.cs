using DienHong.Engine.Storage;
using Shouldly;
using Xunit;
using static DienHong.Engine.Tests.Definitions;

namespace DienHong.Engine.Tests;

public sealed class SmokeTests
{
    [Fact]
    public async Task A_sequence_of_two_tasks_runs_to_its_end()
    {
        await using var host = await TestHost.CreateAsync();
        await host.PublishAsync(Workflow("seq",
            string.Join(",", Node("start", "Start"), Task("a"), Task("b"), Node("end", "End", ",\"outcome\":\"Finished\"")),
            string.Join(",", Edge("start", "a"), Edge("a", "b", "Done"), Edge("b", "end"))));

        var started = await host.StartAsync("seq");
        started.Succeeded.ShouldBeTrue(started.Message);
        started.InstanceStatus.ShouldBe(InstanceStatus.Suspended);
        started.OpenBookmarks.Single().NodeId.ShouldBe("a");

        (await host.CompleteAsync(started.InstanceId!, "a", "Done")).OpenBookmarks.Single().NodeId.ShouldBe("b");
        var done = await host.CompleteAsync(started.InstanceId!, "b", "Done");

        done.InstanceStatus.ShouldBe(InstanceStatus.Completed);
        done.Outcome.ShouldBe("Finished");
        var journal = await host.JournalAsync(started.InstanceId!);
        journal.Select(j => (j.NodeId, j.Event)).ShouldBe(
        [
            (null, "InstanceStarted"), ("a", "TaskCreated"), ("a", "TaskCompleted"), ("b", "TaskCreated"), ("b", "TaskCompleted"), ("end", "InstanceCompleted"),
        ]);
        (await host.Audit.VerifyAsync()).IsIntact.ShouldBeTrue();
    }
}
