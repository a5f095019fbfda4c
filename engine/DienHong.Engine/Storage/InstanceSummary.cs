namespace DienHong.Engine.Storage;

/// <summary>An instance (hồ sơ) as a list shows it: no variables, no run state; <see cref="NextDueAt"/> is the earliest due time of its open tasks.</summary>
public sealed record InstanceSummary(
    string Id,
    string DefinitionKey,
    int DefinitionVersion,
    InstanceStatus Status,
    string? Outcome,
    string? CorrelationKey,
    string? Agency,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    DateTimeOffset? CompletedAt)
{
    public DateTimeOffset? NextDueAt { get; init; }
}
