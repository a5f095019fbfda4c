using System.Text.Json.Nodes;

namespace DienHong.Engine.Runtime;

/// <summary>
/// What resumes a bookmark: a person's decision (outcome, comment, data), an action on an open activity (object,
/// opine, vote), a signal's data, or the engine's own wake-up call at <see cref="WakeAt"/>. <see cref="Actor"/> is a
/// person's id; only the engine makes a wake-up, so only a wake-up acts as the system.
/// </summary>
public sealed record ResumeInput(
    string? Actor = null,
    string? Outcome = null,
    string? Comment = null,
    JsonObject? Data = null,
    string? Action = null)
{
    /// <summary>Set on wake-ups: the wake time the caller saw, so a late or repeated delivery is recognised and ignored.</summary>
    public DateTimeOffset? WakeAt { get; internal init; }

    public bool IsWake => WakeAt is not null;

    /// <summary>Who resumes: the system for a wake-up, else the person <see cref="Actor"/> names (null: nobody named).</summary>
    public Actor? By => IsWake ? Runtime.Actor.System : string.IsNullOrWhiteSpace(Actor) ? null : Runtime.Actor.Person(Actor);

    /// <summary>The engine's wake-up of a bookmark due at <paramref name="wakeAt"/> (<see cref="WorkflowEngine.WakeAsync"/>).</summary>
    internal static ResumeInput Wake(DateTimeOffset wakeAt) => new() { WakeAt = wakeAt };
}
