namespace DienHong.Engine.Storage;

/// <summary>
/// A workflow instance as stored: pinned to one definition version, its variables and run state as JSON, the head
/// of its journal chain, and <see cref="RowVersion"/>, the concurrency token every commit checks and increments.
/// </summary>
public sealed record InstanceRecord(
    string Id,
    string DefinitionId,
    string DefinitionKey,
    int DefinitionVersion,
    InstanceStatus Status,
    string? Outcome,
    string? CorrelationKey,
    string? Agency,
    string Variables,
    string State,
    long JournalSeq,
    string JournalHash,
    long RowVersion,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    DateTimeOffset? CompletedAt);
