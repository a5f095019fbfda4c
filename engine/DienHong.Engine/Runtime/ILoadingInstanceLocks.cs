namespace DienHong.Engine.Runtime;

/// <summary>
/// Instance locks (khoá theo hồ sơ) that read the instance with its open bookmarks in the round trip that takes the
/// lock: on a database server a run then costs one round trip less. The read happens after the lock is taken, so it
/// sees every run committed before.
/// </summary>
public interface ILoadingInstanceLocks : IInstanceLocks
{
    /// <summary>
    /// Takes the lock and reads the instance under it (<see cref="LockedInstance.Loaded"/> null when there is none).
    /// Throws <see cref="Storage.InstanceTamperedException"/>, with the lock released, when the rows fail their seal.
    /// </summary>
    ValueTask<LockedInstance> AcquireAndLoadAsync(string instanceId, CancellationToken cancellationToken);
}
