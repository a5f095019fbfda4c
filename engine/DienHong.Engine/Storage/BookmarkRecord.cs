namespace DienHong.Engine.Storage;

/// <summary>
/// A bookmark (điểm chờ) as stored. Its target is data (instance, node, node instance), never a method name.
/// <see cref="JobId"/> is the scheduler's job for <see cref="WakeAt"/>, so cancelling it is one call.
/// </summary>
public sealed record BookmarkRecord(
    string Id,
    string InstanceId,
    string NodeId,
    string NodeInstanceId,
    BookmarkKind Kind,
    string? Key,
    string? Assignee,
    DateTimeOffset? DueAt,
    DateTimeOffset? WakeAt,
    string? JobId,
    string? Payload,
    DateTimeOffset CreatedAt);
