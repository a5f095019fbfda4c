using System.Collections.Concurrent;
using Hangfire;

namespace DienHong.Scheduling.Tests;

/// <summary>
/// Wraps a job server's activator and records, for every delivery of a <see cref="WakeDrain"/> run, the job id and the
/// node (server) that ran it: each Hangfire perform attempt opens one activator scope.
/// </summary>
public sealed class CountingJobActivator(JobActivator inner, string node, ConcurrentDictionary<string, ConcurrentQueue<string>> deliveries) : JobActivator
{
    public override object ActivateJob(Type jobType) => inner.ActivateJob(jobType);

    public override JobActivatorScope BeginScope(JobActivatorContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.BackgroundJob.Job?.Type == typeof(WakeDrain))
        {
            deliveries.GetOrAdd(context.BackgroundJob.Id, _ => new ConcurrentQueue<string>()).Enqueue(node);
        }

        return inner.BeginScope(context);
    }
}
