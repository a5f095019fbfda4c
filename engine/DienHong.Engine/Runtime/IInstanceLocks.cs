namespace DienHong.Engine.Runtime;

/// <summary>The per-instance lock every run holds from load to commit.</summary>
public interface IInstanceLocks
{
    ValueTask<IAsyncDisposable> AcquireAsync(string instanceId, CancellationToken cancellationToken);
}
