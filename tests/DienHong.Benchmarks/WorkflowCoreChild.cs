using Microsoft.Extensions.DependencyInjection;
using WorkflowCore.Interface;

namespace DienHong.Benchmarks;

/// <summary>
/// WorkflowCore 3.22.0 with its default in-memory persistence: each instance is StartWorkflow, then the two events
/// published, then a wait for the publish step; several instances are in flight.
/// </summary>
public static class WorkflowCoreChild
{
    private static long keys;

    public static async Task<ChildResult> RunAsync(Options options)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddWorkflow();
        await using var provider = services.BuildServiceProvider();
        var host = provider.GetRequiredService<IWorkflowHost>();
        host.RegisterWorkflow<SalaryWorkflow, SalaryWorkflow.Data>();
        await host.StartAsync(CancellationToken.None);
        try
        {
            // One round, not WarmUp's rounds: its in-memory store keeps and scans every instance it has run, so a longer
            // warm-up would slow its measured phase.
            await Driver.RunAsync(options.Warmup, options.Concurrency, _ => OneAsync(host));
            var meter = new Meter(options.Warmup);
            await Driver.RunAsync(options.N, options.Concurrency, _ => OneAsync(host));
            var result = meter.Stop("workflowcore", options.N);
            return await Meter.RetainedAsync(result, options.Suspended, m => SuspendAsync(host, m, options.Concurrency));
        }
        finally
        {
            await host.StopAsync(CancellationToken.None);
        }
    }

    private static async Task OneAsync(IWorkflowHost host)
    {
        var key = NextKey();
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        SalaryWorkflow.Completions[key] = done;
        await host.StartWorkflow("salary-increase", 1, new SalaryWorkflow.Data { Key = key }).ConfigureAwait(false);
        await host.PublishEvent("union-review", key, "Approve").ConfigureAwait(false);
        await host.PublishEvent("head-decision", key, "Approve").ConfigureAwait(false);
        await done.Task.WaitAsync(TimeSpan.FromMinutes(10)).ConfigureAwait(false);
    }

    /// <summary>Starts <paramref name="m"/> instances and waits until each has run its start step and is waiting for its first event.</summary>
    private static async Task SuspendAsync(IWorkflowHost host, int m, int concurrency)
    {
        var target = SalaryWorkflow.Started + m;
        await Driver.RunAsync(m, concurrency, _ => host.StartWorkflow("salary-increase", 1, new SalaryWorkflow.Data { Key = NextKey() })).ConfigureAwait(false);
        var deadline = DateTime.UtcNow.AddMinutes(5);
        while (SalaryWorkflow.Started < target && DateTime.UtcNow < deadline)
        {
            await Task.Delay(50).ConfigureAwait(false);
        }

        // The subscription to the first event is stored right after the start step's pass; give it a moment.
        await Task.Delay(1000).ConfigureAwait(false);
    }

    private static string NextKey() => "k" + Interlocked.Increment(ref keys).ToString(System.Globalization.CultureInfo.InvariantCulture);
}
