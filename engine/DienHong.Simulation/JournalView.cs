using System.Text.Json.Nodes;

namespace DienHong.Simulation;

/// <summary>
/// One journal entry (mục nhật ký) as a scenario run reports it; <see cref="At"/> is ISO 8601 in +07:00. The ids
/// and the entry's own data are language-neutral; <see cref="NodeName"/> (in the reader's language) and
/// <see cref="ActorName"/> (when an organisation is known) are there for people.
/// </summary>
public sealed record JournalView(long Seq, string At, string? Node, string Event, string? Actor, string? Outcome, string? Comment)
{
    public string? NodeName { get; init; }

    public string? ActorName { get; init; }

    /// <summary>What the step recorded as data, e.g. a vote's counts.</summary>
    public JsonNode? Data { get; init; }
}
