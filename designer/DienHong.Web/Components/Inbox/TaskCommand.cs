using System.Text.Json.Nodes;

namespace DienHong.Web.Components.Inbox;

/// <summary>What a person asks of a task from the inbox (thao tác trên nhiệm vụ).</summary>
public enum TaskCommandKind
{
    Claim,
    Complete,
    Delegate,
}

/// <summary>
/// A request from the task panel: claim, decide with an outcome, a comment, the form's data and attachments, or
/// delegate to a person with a reason.
/// </summary>
public sealed record TaskCommand(
    TaskCommandKind Kind, string? Outcome = null, string? Comment = null, string? To = null, JsonObject? Data = null, IReadOnlyList<string>? Attachments = null);
