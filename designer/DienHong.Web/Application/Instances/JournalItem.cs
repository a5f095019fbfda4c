using System.Text.Json;
using DienHong.Calendar;

namespace DienHong.Web.Application.Instances;

/// <summary>
/// One journal entry (mục nhật ký) as people read it: when, which step (with its name), what happened, who did it
/// (with their name; <c>system</c> for the engine's wake-ups), the outcome, the comment and the event's data.
/// </summary>
public sealed record JournalItem(
    long Seq,
    DateTimeOffset At,
    string? NodeId,
    LocalizedText? NodeName,
    string Event,
    string? Actor,
    string? ActorName,
    string? Outcome,
    string? Comment,
    JsonElement? Data);
