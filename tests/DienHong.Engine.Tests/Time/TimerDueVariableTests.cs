using System.Text.Json.Nodes;
using DienHong.Engine.Catalog;
using DienHong.Engine.Storage;
using Shouldly;
using Xunit;
using static DienHong.Engine.Tests.Definitions;

namespace DienHong.Engine.Tests.Time;

/// <summary>
/// A Timer's <c>dueVariable</c> keeps the instant the timer is due, in Vietnam time, from the moment it starts: a
/// wake-up that comes late (after a restart) must not move what is counted from the period's end.
/// </summary>
public sealed class TimerDueVariableTests
{
    private static readonly TimeSpan Hanoi = TimeSpan.FromHours(7);

    private static string Flow(string timer) => Workflow("timer-due",
        string.Join(",", Node("start", "Start"), Node("wait", "Timer", timer), Node("end", "End")),
        string.Join(",", Edge("start", "wait"), Edge("wait", "end")),
        """[ { "name": "due", "type": "datetime" } ]""");

    [Fact]
    public async Task A_day_based_timer_keeps_24_00_of_its_last_day_and_a_late_wake_up_does_not_change_it()
    {
        await using var host = await TestHost.CreateAsync();
        host.Clock.SetUtcNow(new DateTimeOffset(2027, 3, 1, 2, 0, 0, Hanoi));
        await host.PublishAsync(Flow(""", "after": { "days": 2 }, "dueVariable": "due" """));
        var id = (await host.StartAsync("timer-due")).InstanceId!;

        (await VariableAsync(host, id)).ShouldBe("2027-03-04T00:00:00+07:00");

        var late = new DateTimeOffset(2027, 3, 4, 9, 30, 0, Hanoi);
        host.Clock.SetUtcNow(late);
        (await host.Engine.FireDueAsync(late)).ShouldBe(1);
        (await host.Store.LoadAsync(id))!.Instance.Status.ShouldBe(InstanceStatus.Completed);
        (await VariableAsync(host, id)).ShouldBe("2027-03-04T00:00:00+07:00");
    }

    [Fact]
    public async Task An_at_timer_keeps_its_instant_in_Vietnam_time_whatever_offset_it_was_written_with()
    {
        await using var host = await TestHost.CreateAsync();
        await host.PublishAsync(Flow(""", "at": "2027-03-03T20:00:00Z", "dueVariable": "due" """));
        var id = (await host.StartAsync("timer-due")).InstanceId!;

        (await VariableAsync(host, id)).ShouldBe("2027-03-04T03:00:00+07:00");
    }

    [Fact]
    public async Task The_due_variable_must_be_declared()
    {
        await using var host = await TestHost.CreateAsync();

        var refused = await Should.ThrowAsync<DefinitionRejectedException>(() => host.PublishAsync(Workflow("timer-undeclared",
            string.Join(",", Node("start", "Start"), Node("wait", "Timer", """, "after": { "days": 2 }, "dueVariable": "missing" """), Node("end", "End")),
            string.Join(",", Edge("start", "wait"), Edge("wait", "end")))));

        refused.Report.Errors.ShouldContain(e => e.Rule == "property" && e.NodeId == "wait");
    }

    private static async Task<string?> VariableAsync(TestHost host, string id) =>
        JsonNode.Parse((await host.Store.LoadAsync(id))!.Instance.Variables)!["due"]?.GetValue<string>();
}
