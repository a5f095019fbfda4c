namespace DienHong.Persistence.Entities;

/// <summary>The stored row of an incident (sự cố).</summary>
public sealed class IncidentEntity
{
    public required string Id { get; set; }

    public required string InstanceId { get; set; }

    public string? NodeId { get; set; }

    public required string Message { get; set; }

    public long At { get; set; }

    /// <summary>The incident code, e.g. <c>expression.failed</c>.</summary>
    public string? Code { get; set; }

    /// <summary>The full name of the exception the failure came from, if any.</summary>
    public string? ExceptionType { get; set; }

    public string? StackTrace { get; set; }

    public long? ResolvedAt { get; set; }
}
