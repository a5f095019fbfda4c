using System.Text.Json.Nodes;

namespace DienHong.Engine.Runtime;

/// <summary>
/// Starts an instance of a published definition, by <see cref="DefinitionId"/> or by <see cref="DefinitionKey"/>
/// (its newest published version, or <see cref="Version"/>). A <see cref="CorrelationKey"/> is unique: a second
/// start with the same key is refused, which makes repeated launches idempotent.
/// </summary>
public sealed record StartRequest
{
    public string? DefinitionId { get; init; }

    public string? DefinitionKey { get; init; }

    public int? Version { get; init; }

    public JsonObject? Input { get; init; }

    public string? CorrelationKey { get; init; }

    public string? Agency { get; init; }

    public string? Actor { get; init; }
}
