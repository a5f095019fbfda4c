using Shouldly;

namespace DienHong.Engine.Tests.Durability;

/// <summary>A host with two instances of <see cref="Flows.TwoTasks"/>: one waiting at task b, one completed ("Finished").</summary>
public sealed record TwoInstances(TestHost Host, string Suspended, string Completed)
{
    public static async Task<TwoInstances> CreateAsync()
    {
        var host = await TestHost.CreateAsync();
        await host.PublishAsync(Flows.TwoTasks());
        var suspended = (await host.StartAsync("two-tasks")).InstanceId!;
        await host.CompleteAsync(suspended, "a", "Done");
        var completed = (await host.StartAsync("two-tasks")).InstanceId!;
        await host.CompleteAsync(completed, "a", "Done");
        await host.CompleteAsync(completed, "b", "Done");
        (await host.Audit.VerifyAsync()).IsIntact.ShouldBeTrue();
        return new TwoInstances(host, suspended, completed);
    }
}
