namespace DienHong.Engine.Storage;

/// <summary>An instance (hồ sơ) as a list shows it: no variables, no run state.</summary>
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
    DateTimeOffset? CompletedAt);
