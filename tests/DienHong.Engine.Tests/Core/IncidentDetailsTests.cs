using System.Globalization;
using DienHong.Engine.Activities;
using DienHong.Engine.Runtime;
using DienHong.Engine.Storage;
using DienHong.Engine.Tests.Patterns;
using DienHong.Engine.Tests.Routing;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;
using Xunit;
using static DienHong.Engine.Tests.Definitions;

namespace DienHong.Engine.Tests.Core;

/// <summary>
/// Failures as data: an incident keeps the exception's type, message and stack and its code, and the journal keeps
/// the code and arguments, never prose, so each reader sees it in their own language.
/// </summary>
public sealed class IncidentDetailsTests : IAsyncLifetime
{
    private TestHost host = null!;

    public async Task InitializeAsync() => host = await TestHost.CreateAsync(services: s => s.AddSingleton<IActivity, FlakyActivity>());

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task A_thrown_exception_is_stored_with_its_type_message_stack_and_code()
    {
        var id = await StartAsync();

        await host.AnswerAsync(id, "flaky", "user:an", "Throw");

        var incident = (await host.Get<IInstanceQueries>().IncidentsAsync(id)).Single();
        (incident.Code, incident.ExceptionType, incident.Message).ShouldBe(("activity.exception", "System.InvalidOperationException", "InvalidOperationException: boom"));
        incident.StackTrace.ShouldNotBeNull().ShouldContain(nameof(FlakyActivity));
        var entry = (await host.JournalAsync(id))[^1];
        entry.Event.ShouldBe("InstanceFaulted");
        entry.Failure().ShouldSatisfyAllConditions(
            f => f.Code.ShouldBe(IncidentCodes.ActivityException),
            f => f.Args.ShouldBe(["InvalidOperationException", "boom"]),
            f => f.ExceptionType.ShouldBe("System.InvalidOperationException"));
    }

    [Fact]
    public async Task A_coded_incident_is_worded_in_the_readers_language_from_the_journal()
    {
        var id = await StartAsync();

        await host.AnswerAsync(id, "flaky", "user:an", "Vanish");

        var failure = (await host.JournalAsync(id))[^1].Failure();
        failure.Code.ShouldBe(IncidentCodes.WaitWithoutBookmark);
        failure.Message(CultureInfo.GetCultureInfo("vi")).ShouldBe("Flaky chờ mà không có điểm chờ nào: không gì có thể cho nó tiếp tục.");
        failure.Message(CultureInfo.GetCultureInfo("en")).ShouldBe("Flaky waits without a bookmark: nothing could resume it.");
        var incident = (await host.Get<IInstanceQueries>().IncidentsAsync(id)).Single();
        (incident.Code, incident.ExceptionType, incident.StackTrace).ShouldBe(("activity.wait-without-bookmark", null, null));
    }

    [Fact]
    public async Task A_routed_failure_keeps_its_code_in_the_node_faulted_entry()
    {
        var id = (await host.RunAsync(Workflow("routed",
            string.Join(",", Node("start", "Start"), Node("flaky", "Flaky", ",\"assignees\":[\"user:an\"]"), Node("end", "End"), Node("handled", "End")),
            string.Join(",", Edge("start", "flaky"), Edge("flaky", "end", "Done"), Edge("flaky", "handled", "Faulted"))), "routed")).InstanceId!;

        var result = await host.AnswerAsync(id, "flaky", "user:an", "Break");

        result.InstanceStatus.ShouldBe(InstanceStatus.Completed);
        var faulted = (await host.JournalAsync(id)).Single(j => j.Event == "NodeFaulted");
        faulted.Failure().ShouldSatisfyAllConditions(
            f => f.Code.ShouldBe(IncidentCodes.ActivityFaulted),
            f => f.Args.ShouldBe(["the flaky node broke"]));
    }

    private async Task<string> StartAsync() =>
        (await host.RunAsync(Workflow("flaky",
            string.Join(",", Node("start", "Start"), Node("flaky", "Flaky", ",\"assignees\":[\"user:an\"]"), Node("end", "End")),
            string.Join(",", Edge("start", "flaky"), Edge("flaky", "end", "Done"))), "flaky")).InstanceId!;
}
