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

    /// <summary>
    /// The agency of the bookmark's instance, copied when the bookmark is written (an instance never changes agency):
    /// the inbox walks one agency's tasks of a role through its own index instead of reading the agency's cases.
    /// </summary>
    public string? Agency { get; set; }
}
