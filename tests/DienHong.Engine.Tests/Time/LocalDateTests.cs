using System.Text.Json.Nodes;
using DienHong.Engine.Storage;
using Shouldly;
using Xunit;
using static DienHong.Engine.Tests.Definitions;

namespace DienHong.Engine.Tests.Time;

/// <summary>
/// A Timer's <c>at</c> without a UTC offset is Vietnam time: 03:00 is 03:00 in Hà Nội (20:00 UTC the day before),
/// not 10:00; a value that is not a date faults the node with <c>activity.date</c>.
/// </summary>
public sealed class LocalDateTests
{
    private const string Variables = """[ { "name": "when", "type": "string" } ]""";
    private static readonly TimeSpan Hanoi = TimeSpan.FromHours(7);

    private static readonly string Flow = Workflow("at-local",
        string.Join(",", Node("start", "Start"), Node("wait", "Timer", """, "at": "=vars.when" """), Node("end", "End")),
        string.Join(",", Edge("start", "wait"), Edge("wait", "end")),
        Variables);

    [Theory]
    [InlineData("2027-02-02T03:00:00", 3)]
    [InlineData("2027-02-02T06:59:00", 6)]
    [InlineData("2027-02-02T00:00:00", 0)]
    public async Task A_time_before_7_in_the_morning_wakes_the_timer_then_in_Ha_Noi(string when, int hour)
    {
        await using var host = await TestHost.CreateAsync();
        await host.PublishAsync(Flow);
        var id = (await host.StartAsync("at-local", new JsonObject { ["when"] = when })).InstanceId!;

        var local = DateTimeOffset.Parse(when + "+07:00", System.Globalization.CultureInfo.InvariantCulture);
        (await host.Store.LoadAsync(id))!.Bookmarks.Single().WakeAt.ShouldBe(local);
        local.Hour.ShouldBe(hour);

        (await host.Engine.FireDueAsync(local.AddTicks(-1))).ShouldBe(0);
        (await host.Engine.FireDueAsync(local)).ShouldBe(1);
        (await host.Store.LoadAsync(id))!.Instance.Status.ShouldBe(InstanceStatus.Completed);
    }

    [Fact]
    public async Task A_time_with_an_offset_is_kept_as_written()
    {
        await using var host = await TestHost.CreateAsync();
        await host.PublishAsync(Flow);
        var id = (await host.StartAsync("at-local", new JsonObject { ["when"] = "2027-02-02T03:00:00Z" })).InstanceId!;

        (await host.Store.LoadAsync(id))!.Bookmarks.Single().WakeAt.ShouldBe(new DateTimeOffset(2027, 2, 2, 10, 0, 0, Hanoi));
    }

    [Fact]
    public async Task A_value_that_is_not_a_date_faults_the_node_naming_the_property()
    {
        await using var host = await TestHost.CreateAsync();
        await host.PublishAsync(Flow);
        var id = (await host.StartAsync("at-local", new JsonObject { ["when"] = "soon" })).InstanceId!;

        (await host.Store.LoadAsync(id))!.Instance.Status.ShouldBe(InstanceStatus.Faulted);
        await using var db = host.Database.NewContext();
        var incident = db.Incidents.Single(i => i.InstanceId == id);
        (incident.Code, incident.Message).ShouldBe(("activity.date", "Node 'wait': property 'at' gave 'soon', which is not a date or a date-time."));
    }
}
