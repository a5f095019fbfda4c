namespace DienHong.Persistence.Entities;

/// <summary>The stored row of an open bookmark (điểm chờ). Times are Unix milliseconds (UTC).</summary>
public sealed class BookmarkEntity
{
    public required string Id { get; set; }

    public required string InstanceId { get; set; }

    public required string NodeId { get; set; }

    public required string NodeInstanceId { get; set; }

    public required string Kind { get; set; }

    public string? Key { get; set; }

    public string? Assignee { get; set; }

    public long? DueAt { get; set; }

    public long? WakeAt { get; set; }

    public string? JobId { get; set; }

    public string? Payload { get; set; }

    public long CreatedAt { get; set; }
}
