using DienHong.Engine.Storage;

namespace DienHong.Engine.Runtime;

/// <summary>The result of an engine call: whether it took effect, and the instance's state after it.</summary>
public sealed record RunResult(
    RunStatus Status,
    string? Message,
    string? InstanceId,
    InstanceStatus? InstanceStatus,
    string? Outcome,
    IReadOnlyList<BookmarkRecord> OpenBookmarks)
{
    public bool Succeeded => Status == RunStatus.Ok;

    public static RunResult Refused(RunStatus status, string message, string? instanceId = null) =>
        new(status, message, instanceId, null, null, []);
}
