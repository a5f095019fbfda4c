using System.Text.Json.Nodes;

namespace DienHong.Engine.Activities;

/// <summary>
/// A change to the bookmark being resumed when it stays open: a new wake-up time (the next reminder), a new
/// assignee (an escalation that reassigns), or new payload. Unset parts stay as they were.
/// </summary>
public sealed record BookmarkChange
{
    public bool ChangeWake { get; init; }

    public DateTimeOffset? WakeAt { get; init; }

    public string? Assignee { get; init; }

    public JsonObject? Payload { get; init; }

    public static BookmarkChange Wake(DateTimeOffset? next) => new() { ChangeWake = true, WakeAt = next };
}
