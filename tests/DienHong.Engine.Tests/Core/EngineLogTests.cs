using DienHong.Engine.Activities;
using DienHong.Engine.Runtime;
using DienHong.Engine.Tests.Patterns;
using DienHong.Engine.Tests.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Shouldly;
using Xunit;
using static DienHong.Engine.Tests.Definitions;

namespace DienHong.Engine.Tests.Core;

/// <summary>The engine's decisions are logged with stable event ids: start, resume, conflict, incident, wake ignored.</summary>
public sealed class EngineLogTests : IAsyncLifetime
{
    private readonly RecordingLogger<WorkflowEngine> logger = new();
    private TestHost host = null!;

    public async Task InitializeAsync() => host = await TestHost.CreateAsync(services: s => s
        .AddSingleton<IActivity, FlakyActivity>()
        .AddSingleton<ILogger<WorkflowEngine>>(logger));

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task A_start_a_resume_and_an_incident_are_logged_with_their_event_ids()
    {
        var id = await StartAsync(null);

        await host.AnswerAsync(id, "flaky", "user:an", "Throw");

        Ids().ShouldBe([1001, 1004, 1002]);
        logger.Entries.Single(e => e.Id.Id == 1004).ShouldSatisfyAllConditions(
            e => e.Level.ShouldBe(LogLevel.Warning),
            e => e.Text.ShouldContain("activity.exception"),
            e => e.Text.ShouldContain("System.InvalidOperationException"));
    }

    [Fact]
    public async Task A_second_start_with_the_same_correlation_key_is_logged_as_a_conflict()
    {
        await StartAsync("once");
        logger.Entries.Clear();

        var second = await host.Engine.StartAsync(new StartRequest { DefinitionKey = "flaky", CorrelationKey = "once", Actor = "tester" });

        second.Status.ShouldBe(RunStatus.Duplicate);
        second.Refusal!.Code.ShouldBe(RefusalCodes.InstanceDuplicate);
        second.Refusal.Args.ShouldBe(["once"]);
        Ids().ShouldBe([1003]);
    }

    [Fact]
    public async Task A_wake_up_whose_time_no_longer_matches_is_ignored_and_logged()
    {
        var id = await StartAsync(null);
        var task = (await host.Store.LoadAsync(id))!.Bookmarks.Single();
        logger.Entries.Clear();

        var late = await host.Engine.WakeAsync(task.Id, DateTimeOffset.UnixEpoch, id);

        late.Status.ShouldBe(RunStatus.AlreadyConsumed);
        late.Refusal!.Code.ShouldBe(RefusalCodes.BookmarkConsumed);
        Ids().ShouldBe([1006, 1005]);
    }

    private int[] Ids() => [.. logger.Entries.Select(e => e.Id.Id)];

    private async Task<string> StartAsync(string? correlation)
    {
        await host.PublishAsync(Workflow("flaky",
            string.Join(",", Node("start", "Start"), Node("flaky", "Flaky", ",\"assignees\":[\"user:an\"]"), Node("end", "End")),
            string.Join(",", Edge("start", "flaky"), Edge("flaky", "end", "Done"))));
        var started = await host.Engine.StartAsync(new StartRequest { DefinitionKey = "flaky", CorrelationKey = correlation, Actor = "tester" });
        started.Succeeded.ShouldBeTrue(started.Message);
        return started.InstanceId!;
    }
}
