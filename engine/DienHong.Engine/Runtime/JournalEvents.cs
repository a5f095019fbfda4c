namespace DienHong.Engine.Runtime;

/// <summary>The journal event names the engine itself writes; activities add their own (TaskCreated, ObjectionReceived, ...).</summary>
public static class JournalEvents
{
    public const string InstanceStarted = "InstanceStarted";
    public const string InstanceCompleted = "InstanceCompleted";
    public const string InstanceCancelled = "InstanceCancelled";
    public const string InstanceFaulted = "InstanceFaulted";
    public const string InstanceRetried = "InstanceRetried";
    public const string NodeCompleted = "NodeCompleted";
    public const string NodeFaulted = "NodeFaulted";
    public const string NodeCancelled = "NodeCancelled";
    public const string Waiting = "Waiting";
}
