using System.Collections.Concurrent;
using DienHong.Engine.Runtime;

namespace DienHong.Scheduling.Tests;

/// <summary>The engine's lock, telling the test when a second caller starts waiting for an instance's lock.</summary>
public sealed class RecordingLocks : IInstanceLocks
{
    private readonly StripedInstanceLocks inner = new();
    private readonly ConcurrentDictionary<string, int> requests = new();
    private readonly ConcurrentDictionary<string, TaskCompletionSource> secondRequest = new();

    /// <summary>Completes when the lock of <paramref name="instanceId"/> is requested a second time.</summary>
    public Task SecondRequest(string instanceId) =>
        secondRequest.GetOrAdd(instanceId, _ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).Task;

    public ValueTask<IAsyncDisposable> AcquireAsync(string instanceId, CancellationToken cancellationToken)
    {
        if (requests.AddOrUpdate(instanceId, 1, (_, n) => n + 1) == 2)
        {
            secondRequest.GetOrAdd(instanceId, _ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).TrySetResult();
        }

        return inner.AcquireAsync(instanceId, cancellationToken);
    }
}
