namespace DienHong.Engine.Runtime;

/// <summary>
/// The in-process lock: a fixed array of semaphores picked by the instance id's hash. It keeps no memory per
/// instance; two instances that share a stripe only wait for each other briefly. Across processes the row
/// version of the instance catches what a process-local lock cannot.
/// </summary>
public sealed class StripedInstanceLocks : IInstanceLocks
{
    private const int Stripes = 1024;
    private readonly SemaphoreSlim[] stripes = Enumerable.Range(0, Stripes).Select(_ => new SemaphoreSlim(1, 1)).ToArray();

    public async ValueTask<IAsyncDisposable> AcquireAsync(string instanceId, CancellationToken cancellationToken)
    {
        var stripe = stripes[(int)((uint)StringComparer.Ordinal.GetHashCode(instanceId) % Stripes)];
        await stripe.WaitAsync(cancellationToken).ConfigureAwait(false);
        return new Releaser(stripe);
    }

    private sealed class Releaser(SemaphoreSlim stripe) : IAsyncDisposable
    {
        private int released;

        public ValueTask DisposeAsync()
        {
            if (Interlocked.Exchange(ref released, 1) == 0)
            {
                stripe.Release();
            }

            return ValueTask.CompletedTask;
        }
    }
}
