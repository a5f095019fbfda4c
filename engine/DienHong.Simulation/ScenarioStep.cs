using System.Text.Json.Nodes;

namespace DienHong.Simulation;

/// <summary>
/// One step (bước) of a scenario: its 1-based <see cref="Number"/>, its <see cref="Kind"/> (the key that names it:
/// complete, object, opine, vote, signal, advance, cancel, expect), the value of that key, and the whole step object.
/// </summary>
public sealed record ScenarioStep(int Number, string Kind, JsonNode? Value, JsonObject Body)
{
    /// <summary>The kind's value as text (the node id, signal name or reason), or null.</summary>
    public string? Target => Value is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;

    /// <summary>The refusal code the step must be refused with (<c>"refused"</c>), or null when it must be accepted.</summary>
    public string? Refused => Text("refused");

    /// <summary>The journal assertions of an <c>expect</c> step, read and checked.</summary>
    internal IReadOnlyList<JournalExpectation> Journal { get; init; } = [];

    /// <summary>A text property of the step (by, outcome, comment, text, choice).</summary>
    public string? Text(string name) => Body[name] is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;
}
