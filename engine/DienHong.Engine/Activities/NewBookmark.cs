using System.Text.Json.Nodes;
using DienHong.Engine.Storage;

namespace DienHong.Engine.Activities;

/// <summary>
/// A wait an activity asks for. <paramref name="WakeAt"/> is when the engine should resume it by itself (a timer,
/// a reminder, an escalation); <paramref name="DueAt"/> is the deadline shown to people.
/// </summary>
public sealed record NewBookmark(
    BookmarkKind Kind,
    string? Key = null,
    string? Assignee = null,
    DateTimeOffset? DueAt = null,
    DateTimeOffset? WakeAt = null,
    JsonObject? Payload = null,
    string? Event = null)
{
    /// <summary>The payload already as JSON text, for activities that prepare it once per definition version.</summary>
    public string? PayloadJson { get; init; }

    /// <summary>Opened by an anonymous submission (a reply task to an anonymous objection): journalled with no actor.</summary>
    public bool Anonymous { get; init; }
}
