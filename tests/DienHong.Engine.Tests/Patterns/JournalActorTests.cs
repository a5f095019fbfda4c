using DienHong.Engine.Storage;
using Shouldly;
using Xunit;
using static DienHong.Engine.Tests.Definitions;

namespace DienHong.Engine.Tests.Patterns;

/// <summary>The audit journal names who caused each step: the starter, the person who answered, the operator, or the system's clock.</summary>
public sealed class JournalActorTests
{
    [Fact]
    public async Task Each_entry_names_the_person_whose_action_caused_it()
    {
        await using var host = await TestHost.CreateAsync();
        var id = (await host.RunAsync(Workflow("actors",
            string.Join(",", Node("start", "Start"), Task("a"), Node("mark", "SetVariable", ",\"variable\":\"x\",\"value\":1"), Task("b"), Node("end", "End", ",\"outcome\":\"Done\"")),
            string.Join(",", Edge("start", "a"), Edge("a", "mark", "Done"), Edge("mark", "b"), Edge("b", "end", "Done")),
            """[{ "name": "x", "type": "number" }]"""), "actors")).InstanceId!;

        (await host.CompleteAsync(id, "a", "Done", actor: "user:an")).InstanceStatus.ShouldBe(InstanceStatus.Suspended);
        (await host.CompleteAsync(id, "b", "Done", actor: "user:binh")).InstanceStatus.ShouldBe(InstanceStatus.Completed);

        (await host.ActorsAsync(id)).ShouldBe(
        [
            (null, "InstanceStarted", "tester"), ("a", "TaskCreated", "tester"), ("a", "TaskCompleted", "user:an"), ("mark", "NodeCompleted", "user:an"),
            ("b", "TaskCreated", "user:an"), ("b", "TaskCompleted", "user:binh"), ("end", "InstanceCompleted", "user:binh"),
        ]);
    }

    [Fact]
    public async Task Implicit_termination_and_a_firing_join_name_the_person_who_answered_last()
    {
        await using var host = await TestHost.CreateAsync();
        var id = (await host.RunAsync(Workflow("actors-join",
            string.Join(",", Node("start", "Start"), Node("fork", "Fork"), Task("a"), Task("b"), Task("c"), Node("first", "Join", ",\"policy\":\"any\""),
                Node("mark", "SetVariable", ",\"variable\":\"x\",\"value\":1")),
            string.Join(",", Edge("start", "fork"), Edge("fork", "a"), Edge("fork", "b"), Edge("fork", "c"), Edge("a", "first", "Done"), Edge("b", "first", "Done"),
                Edge("c", "first", "Done"), Edge("first", "mark")),
            """[{ "name": "x", "type": "number" }]"""), "actors-join")).InstanceId!;

        (await host.CompleteAsync(id, "b", "Done", actor: "user:an")).InstanceStatus.ShouldBe(InstanceStatus.Completed);

        (await host.ActorsAsync(id))[5..].ShouldBe(
        [
            ("b", "TaskCompleted", "user:an"), ("a", "NodeCancelled", "user:an"), ("c", "NodeCancelled", "user:an"), ("first", "NodeCompleted", "user:an"),
            ("mark", "NodeCompleted", "user:an"), (null, "InstanceCompleted", "user:an"),
        ]);
    }

    [Fact]
    public async Task A_timer_firing_is_the_system_and_a_cancellation_is_the_operator()
    {
        await using var host = await TestHost.CreateAsync();
        var id = (await host.RunAsync(Workflow("actors-timer",
            string.Join(",", Node("start", "Start"), Node("wait", "Timer", ",\"after\":{\"days\":1}"), Task("a"), Node("end", "End")),
            string.Join(",", Edge("start", "wait"), Edge("wait", "a"), Edge("a", "end", "Done"))), "actors-timer")).InstanceId!;

        await host.AdvanceAsync(TimeSpan.FromDays(3));
        (await host.Engine.CancelAsync(id, "withdrawn", "user:admin")).InstanceStatus.ShouldBe(InstanceStatus.Cancelled);

        (await host.ActorsAsync(id)).ShouldBe(
        [
            (null, "InstanceStarted", "tester"), ("wait", "TimerStarted", "tester"), ("wait", "TimerFired", "system"), ("a", "TaskCreated", "system"),
            ("a", "NodeCancelled", "user:admin"), (null, "InstanceCancelled", "user:admin"),
        ]);
    }
}
