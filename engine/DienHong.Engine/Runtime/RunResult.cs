using DienHong.Engine.Storage;

namespace DienHong.Engine.Runtime;

/// <summary>The result of an engine call: whether it took effect (or why not, as a <see cref="Runtime.Refusal"/>), and the instance's state after it.</summary>
public sealed record RunResult(
    RunStatus Status,
    Refusal? Refusal,
    string? InstanceId,
    InstanceStatus? InstanceStatus,
    string? Outcome,
    IReadOnlyList<BookmarkRecord> OpenBookmarks)
{
    public bool Succeeded => Status == RunStatus.Ok;

    /// <summary>The refusal worded in the current UI culture; null when the call took effect.</summary>
    public string? Message => Refusal?.Message();

    public static RunResult Refused(RunStatus status, Refusal refusal, string? instanceId = null) =>
        new(status, refusal, instanceId, null, null, []);
}
