namespace DienHong.Engine.Storage;

/// <summary>
/// The stored instance does not match its seal: it was changed outside the engine. The engine runs nothing on it,
/// so the change is never sealed as if the engine had made it.
/// </summary>
public sealed class InstanceTamperedException(string instanceId, string message) : Exception(message)
{
    public string InstanceId { get; } = instanceId;
}
