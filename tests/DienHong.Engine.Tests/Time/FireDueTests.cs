using DienHong.Engine.Activities;
using DienHong.Engine.Storage;
using DienHong.Engine.Tests.Patterns;
using DienHong.Engine.Tests.Routing;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;
using Xunit;
using static DienHong.Engine.Tests.Definitions;

namespace DienHong.Engine.Tests.Time;

/// <summary>
/// <c>FireDueAsync</c>, which the job server's wake-up drain calls every second: a wake it cannot deliver (its
/// instance faulted) stays due, and however many such wakes come first, the later ones still fire.
/// </summary>
public sealed class FireDueTests : IAsyncLifetime
{
    private TestHost host = null!;

    public async Task InitializeAsync() => host = await TestHost.CreateAsync(services: s => s.AddSingleton<IActivity, FlakyActivity>());

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task More_refused_wakes_than_a_page_do_not_hide_a_later_wake()
    {
        await host.PublishAsync(Workflow("stuck",
            string.Join(",", Node("start", "Start"), Node("fork", "Fork"), Node("wait", "Timer", ",\"after\":{\"hours\":1}"),
                Node("flaky", "Flaky", ",\"assignees\":[\"user:an\"]"), Node("end", "End")),
            string.Join(",", Edge("start", "fork"), Edge("fork", "wait"), Edge("fork", "flaky"), Edge("wait", "end"), Edge("flaky", "end", "Done"))));
        await host.PublishAsync(Workflow("later",
            string.Join(",", Node("start", "Start"), Node("wait", "Timer", ",\"after\":{\"hours\":2}"), Node("end", "End")),
            string.Join(",", Edge("start", "wait"), Edge("wait", "end"))));
        for (var i = 0; i < 101; i++)
        {
            var stuck = await host.StartAsync("stuck");
            (await host.AnswerAsync(stuck.InstanceId!, "flaky", "user:an", "Throw")).InstanceStatus.ShouldBe(InstanceStatus.Faulted);
        }

        var later = await host.StartAsync("later");
        var until = host.Clock.GetUtcNow().AddHours(3);
        host.Clock.SetUtcNow(until);

        (await host.Engine.FireDueAsync(until)).ShouldBe(1);

        (await host.Store.LoadAsync(later.InstanceId!))!.Instance.Status.ShouldBe(InstanceStatus.Completed);
        (await host.Store.DueAsync(until, 1000)).Count.ShouldBe(101, "the faulted instances' wakes stay due for a retry");
    }
}
