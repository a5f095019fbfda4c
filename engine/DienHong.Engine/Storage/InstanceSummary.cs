using System.Text.Json.Serialization;

namespace DienHong.Engine.Storage;

/// <summary>
/// An instance (hồ sơ) as a list shows it, without its run state; <see cref="NextDueAt"/> is the earliest due time of
/// its open tasks.
/// </summary>
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

    /// <summary>The definition version's id, to read its variables' labels; the API's list does not carry it.</summary>
    [JsonIgnore]
    public string? DefinitionId { get; init; }

    /// <summary>The instance's variables as stored (a JSON object), for a list that says what each case is about; the API's list does not carry them.</summary>
    [JsonIgnore]
    public string? Variables { get; init; }
}
