namespace DienHong.Persistence.Entities;

/// <summary>The stored row of a journal entry (nhật ký), keyed by instance and sequence.</summary>
public sealed class JournalEntity
{
    public required string InstanceId { get; set; }

    public long Seq { get; set; }

    public long At { get; set; }

    public string? NodeId { get; set; }

    public required string Event { get; set; }

    public string? Actor { get; set; }

    public string? Outcome { get; set; }

    public string? Comment { get; set; }

    public string? Data { get; set; }

    public required string Hash { get; set; }
}
