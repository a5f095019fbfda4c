using System.Text.Json.Nodes;
using DienHong.Engine.Runtime;
using DienHong.Engine.Storage;
using DienHong.Engine.Tests.Patterns;
using Shouldly;
using Xunit;
using static DienHong.Engine.Tests.Definitions;

namespace DienHong.Engine.Tests.Routing;

/// <summary>A loop of nodes that never wait is stopped by the run's step budget, with an incident naming the loop.</summary>
public sealed class StepBudgetTests
{
    /// <summary>start → count → check, and back to count while vars.i &lt; vars.until (until 0: for ever).</summary>
    private static readonly string Counter = Workflow("counter",
        string.Join(",", Node("start", "Start"), Node("count", "SetVariable", ",\"variable\":\"i\",\"value\":\"=vars.i + 1\""),
            Node("check", "Decision", ",\"condition\":\"=vars.until == 0 || vars.i < vars.until\""), Node("end", "End", ",\"outcome\":\"Counted\"")),
        string.Join(",", Edge("start", "count"), Edge("count", "check"), Edge("check", "count", "True"), Edge("check", "end", "False")),
        """[{ "name": "i", "type": "number", "default": 0 }, { "name": "until", "type": "number", "default": 0 }]""");

    [Fact]
    public async Task An_endless_loop_stops_at_the_budget_with_an_incident_naming_its_nodes()
    {
        await using var host = await TestHost.CreateAsync(o => o.MaxStepsPerRun = 50);

        var run = await host.RunAsync(Counter, "counter");

        run.InstanceStatus.ShouldBe(InstanceStatus.Faulted);
        var incident = (await host.IncidentsAsync(run.InstanceId!)).ShouldHaveSingleItem();
        incident.Node.ShouldBe("check");
        incident.Message.ShouldBe(
            "the run executed 50 steps without waiting for anyone or anything: an automatic loop through check → count; it was stopped (a retry goes on with a fresh budget)");
        // start, then 25 times count and 24 times check; the 51st step (check) never ran. The journal holds one entry per step.
        var journal = await host.JournalAsync(run.InstanceId!);
        journal.Count(j => j.Event == "NodeCompleted").ShouldBe(49);
        journal.Count.ShouldBe(51);
        (await CountAsync(host, run.InstanceId!)).ShouldBe(25);
    }

    [Fact]
    public async Task The_default_budget_stops_an_endless_loop_at_ten_thousand_steps()
    {
        await using var host = await TestHost.CreateAsync();

        var run = await host.RunAsync(Counter, "counter");

        run.InstanceStatus.ShouldBe(InstanceStatus.Faulted);
        (await host.IncidentsAsync(run.InstanceId!)).ShouldHaveSingleItem().Message.ShouldStartWith("the run executed 10000 steps without waiting");
        (await host.JournalAsync(run.InstanceId!)).Count.ShouldBe(EngineOptions.DefaultMaxStepsPerRun + 1);
    }

    [Fact]
    public async Task A_retry_goes_on_with_a_fresh_budget_from_where_the_run_stopped()
    {
        await using var host = await TestHost.CreateAsync(o => o.MaxStepsPerRun = 50);
        var id = (await host.RunAsync(Counter, "counter", new JsonObject { ["until"] = 60 })).InstanceId!;

        var second = await host.Engine.RetryAsync(id, "admin");
        second.InstanceStatus.ShouldBe(InstanceStatus.Faulted);
        var third = await host.Engine.RetryAsync(id, "admin");

        third.InstanceStatus.ShouldBe(InstanceStatus.Completed);
        third.Outcome.ShouldBe("Counted");
        (await CountAsync(host, id)).ShouldBe(60);
        (await host.IncidentsAsync(id)).Count.ShouldBe(2);
        (await host.ActorsAsync(id)).Where(j => j.Event is "InstanceRetried" or "InstanceFaulted" or "InstanceCompleted")
            .ShouldBe([("check", "InstanceFaulted", "tester"), (null, "InstanceRetried", "admin"), ("check", "InstanceFaulted", "admin"), (null, "InstanceRetried", "admin"), ("end", "InstanceCompleted", "admin")]);
        (await host.Audit.VerifyAsync()).IsIntact.ShouldBeTrue();
    }

    [Fact]
    public async Task A_loop_through_a_task_waits_and_never_spends_the_budget()
    {
        await using var host = await TestHost.CreateAsync(o => o.MaxStepsPerRun = 5);
        var id = (await host.RunAsync(Workflow("send-back",
            string.Join(",", Node("start", "Start"), Task("draft", "\"Submit\""), Task("review", "\"Approve\",\"RequestChanges\""), Node("end", "End")),
            string.Join(",", Edge("start", "draft"), Edge("draft", "review", "Submit"), Edge("review", "draft", "RequestChanges"), Edge("review", "end", "Approve"))), "send-back")).InstanceId!;

        for (var round = 0; round < 4; round++)
        {
            await host.DoAsync(id, "draft", "Submit");
            (await host.DoAsync(id, "review", "RequestChanges")).InstanceStatus.ShouldBe(InstanceStatus.Suspended);
        }

        (await host.IncidentsAsync(id)).ShouldBeEmpty();
    }

    [Fact]
    public void The_budget_must_allow_at_least_one_step()
    {
        var options = new EngineOptions();
        Should.Throw<ArgumentOutOfRangeException>(() => options.MaxStepsPerRun = 0);
        options.MaxStepsPerRun = 1;
        options.MaxStepsPerRun.ShouldBe(1);
    }

    private static async Task<double> CountAsync(TestHost host, string id) =>
        JsonNode.Parse((await host.InstanceAsync(id)).Variables)!["i"]!.GetValue<double>();
}
