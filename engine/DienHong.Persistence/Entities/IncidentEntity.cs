namespace DienHong.Persistence.Entities;

/// <summary>The stored row of an incident (sự cố).</summary>
public sealed class IncidentEntity
{
    public required string Id { get; set; }

    public required string InstanceId { get; set; }

    public string? NodeId { get; set; }

    public required string Message { get; set; }

    public long At { get; set; }

    public long? ResolvedAt { get; set; }
}
