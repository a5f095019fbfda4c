using System.Text.Json.Nodes;

namespace DienHong.Engine.Runtime;

/// <summary>
/// What resumes a bookmark: a person's decision (outcome, comment, data), an action on an open activity (object,
/// opine, vote), a signal's data, or the engine's own wake-up call at <see cref="WakeAt"/>.
/// </summary>
public sealed record ResumeInput(
    string? Actor = null,
    string? Outcome = null,
    string? Comment = null,
    JsonObject? Data = null,
    string? Action = null)
{
    /// <summary>Set on wake-ups: the wake time the caller saw, so a late or repeated delivery is recognised and ignored.</summary>
    public DateTimeOffset? WakeAt { get; init; }

    public bool IsWake => WakeAt is not null;

    public static ResumeInput Wake(DateTimeOffset wakeAt) => new(Actor: "system") { WakeAt = wakeAt };
}
