namespace DienHong.Persistence.Entities;

/// <summary>The stored row of a workflow instance (hồ sơ). Times are Unix milliseconds (UTC).</summary>
public sealed class InstanceEntity
{
    public required string Id { get; set; }

    public required string DefinitionId { get; set; }

    public required string DefinitionKey { get; set; }

    public int DefinitionVersion { get; set; }

    public required string Status { get; set; }

    public string? Outcome { get; set; }

    public string? CorrelationKey { get; set; }

    public string? Agency { get; set; }

    public required string Variables { get; set; }

    public required string State { get; set; }

    public long JournalSeq { get; set; }

    public required string JournalHash { get; set; }

    /// <summary>The concurrency token: every commit checks it and writes it plus one.</summary>
    public long RowVersion { get; set; }

    public long CreatedAt { get; set; }

    public long UpdatedAt { get; set; }

    public long? CompletedAt { get; set; }

    /// <summary>The keyed seal of the row, written with every commit (see <c>Integrity.InstanceSealer</c>).</summary>
    public byte[]? Seal { get; set; }
}
