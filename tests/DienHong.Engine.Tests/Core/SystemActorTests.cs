using System.Globalization;
using DienHong.Engine.Runtime;
using DienHong.Engine.Storage;
using DienHong.Workflows.Activities;
using Shouldly;
using Xunit;
using static DienHong.Engine.Tests.Definitions;

namespace DienHong.Engine.Tests.Core;

/// <summary>
/// The system is a typed actor only the engine's wake-ups produce: the text "system" in a request is no authority,
/// and a request with no actor is refused where the organisation must check who acts. Phòng Nội vụ's head in the
/// Châu Thành demo is E0141.
/// </summary>
public sealed class SystemActorTests
{
    private const string Agency = "phong-noi-vu";

    [Fact]
    public async Task A_request_naming_the_system_is_refused_and_changes_nothing()
    {
        await using var host = await TestHost.CreateWithChauThanhAsync();
        var started = await StartAsync(host);
        var task = started.OpenBookmarks.Single();
        var before = await host.Store.LoadAsync(started.InstanceId!);

        var resumed = await host.Engine.ResumeAsync(task.Id, new ResumeInput("system", "Done"), started.InstanceId);
        var cancelled = await host.Engine.CancelAsync(started.InstanceId!, "by the system?", "system");
        var launched = await host.Engine.StartAsync(new StartRequest { DefinitionKey = "head-task", Agency = Agency, Actor = "system" });

        foreach (var refused in new[] { resumed, cancelled, launched })
        {
            refused.Status.ShouldBe(RunStatus.Rejected);
            refused.Refusal!.Code.ShouldBe(RefusalCodes.ActorReserved);
        }

        (await host.Store.LoadAsync(started.InstanceId!)).ShouldBeEquivalentTo(before);
    }

    [Fact]
    public async Task With_an_organisation_a_task_decided_by_nobody_is_refused()
    {
        await using var host = await TestHost.CreateWithChauThanhAsync();
        var started = await StartAsync(host);
        var task = started.OpenBookmarks.Single();

        var nobody = await host.Engine.ResumeAsync(task.Id, new ResumeInput(null, "Done"), started.InstanceId);
        var blank = await host.Engine.ResumeAsync(task.Id, new ResumeInput("  ", "Done"), started.InstanceId);

        nobody.Refusal!.Code.ShouldBe(RefusalCodes.ActorRequired);
        blank.Refusal!.Code.ShouldBe(RefusalCodes.ActorRequired);
        nobody.Refusal.Message(CultureInfo.GetCultureInfo("vi")).ShouldBe("Bước 'task': thao tác này cần biết người thực hiện, nhưng yêu cầu không nêu ai.");
        (await host.Engine.ResumeAsync(task.Id, new ResumeInput("E0141", "Done"), started.InstanceId)).InstanceStatus.ShouldBe(InstanceStatus.Completed);
    }

    [Fact]
    public async Task Someone_else_is_refused_with_the_not_assignee_code_and_its_arguments()
    {
        await using var host = await TestHost.CreateWithChauThanhAsync();
        var started = await StartAsync(host);

        var other = await host.Engine.ResumeAsync(started.OpenBookmarks.Single().Id, new ResumeInput("E0144", "Done"), started.InstanceId);

        other.Refusal!.Code.ShouldBe(ActivityRefusals.NotAssignee);
        other.Refusal.Args.ShouldBe(["E0144", "task", "role:head"]);
        other.Refusal.Message(CultureInfo.GetCultureInfo("vi")).ShouldBe("'E0144' không được xử lý nhiệm vụ 'task' (đang giao cho role:head).");
        other.Refusal.Message(CultureInfo.GetCultureInfo("en")).ShouldBe("'E0144' may not act on task 'task' (assigned to role:head).");
    }

    [Fact]
    public async Task An_escalation_is_the_system_acting_and_passes_the_organisation_check()
    {
        await using var host = await TestHost.CreateWithChauThanhAsync();
        await host.PublishAsync(Workflow("escalating",
            string.Join(",", Node("start", "Start"),
                """{ "id": "task", "type": "HumanTask", "assignee": { "role": "head" }, "outcomes": ["Done"], "due": { "hours": 1 }, "escalation": { "after": { "hours": 1 }, "action": "complete" } }""",
                Node("end", "End")),
            string.Join(",", Edge("start", "task"), Edge("task", "end"), """{ "from": "task", "outcome": "Overdue", "to": "end" }""")));
        var started = await host.Engine.StartAsync(new StartRequest { DefinitionKey = "escalating", Agency = Agency, Actor = "E0144" });
        var task = started.OpenBookmarks.Single();

        var woken = await host.Engine.WakeAsync(task.Id, task.WakeAt!.Value, started.InstanceId);

        woken.InstanceStatus.ShouldBe(InstanceStatus.Completed);
        (await host.JournalAsync(started.InstanceId!)).Single(j => j.Event == "TaskEscalated").Actor.ShouldBe(Actor.SystemId);
    }

    [Fact]
    public async Task A_scheduled_launch_starts_as_the_system_whatever_the_request_says()
    {
        await using var host = await TestHost.CreateWithChauThanhAsync();
        await StartAsync(host);

        var launched = await host.Engine.LaunchAsync(new StartRequest { DefinitionKey = "head-task", Agency = Agency, Actor = "E0144" });

        launched.Succeeded.ShouldBeTrue(launched.Message);
        (await host.JournalAsync(launched.InstanceId!))[0].ShouldSatisfyAllConditions(
            e => e.Event.ShouldBe("InstanceStarted"),
            e => e.Actor.ShouldBe(Actor.SystemId));
    }

    [Fact]
    public void Only_a_wake_up_is_the_system()
    {
        new ResumeInput("system").By.ShouldBe(Actor.Person("system"));
        new ResumeInput("system").By!.IsSystem.ShouldBeFalse();
        new ResumeInput().By.ShouldBeNull();
        ResumeInput.Wake(DateTimeOffset.UnixEpoch).By!.Kind.ShouldBe(ActorKind.System);
    }

    private static async Task<RunResult> StartAsync(TestHost host)
    {
        await host.PublishAsync(Workflow("head-task",
            string.Join(",", Node("start", "Start"), """{ "id": "task", "type": "HumanTask", "assignee": { "role": "head" }, "outcomes": ["Done"] }""", Node("end", "End")),
            string.Join(",", Edge("start", "task"), Edge("task", "end"))));
        return await host.Engine.StartAsync(new StartRequest { DefinitionKey = "head-task", Agency = Agency, Actor = "E0144" });
    }
}
