using System.Text.Json.Nodes;

namespace DienHong.Workflows.Activities.Notifications;

/// <summary>
/// A notification a Notify node queued in the journal (<c>NotificationQueued</c>), ready to send.
/// <see cref="Position"/> orders the outbox; the dispatcher's cursor is the last position it delivered.
/// </summary>
public sealed record QueuedNotification(
    long Position,
    string InstanceId,
    long Seq,
    DateTimeOffset At,
    IReadOnlyList<NotifyRecipient> To,
    string Subject,
    string Body,
    IReadOnlyList<string> Channels,
    string Language)
{
    /// <summary>Identifies the notification whatever the outbox: the journal entry it came from.</summary>
    public string Id => $"{InstanceId}:{Seq}";

    public bool On(string channel) => Channels.Contains(channel);

    /// <summary>Reads the data of a <c>NotificationQueued</c> journal entry.</summary>
    public static QueuedNotification FromJournal(long position, string instanceId, long seq, DateTimeOffset at, string? data)
    {
        var json = (data is null ? null : JsonNode.Parse(data)) as JsonObject ?? [];
        return new QueuedNotification(
            position,
            instanceId,
            seq,
            at,
            [.. (json["to"] as JsonArray ?? []).Select(NotifyRecipient.FromJson).OfType<NotifyRecipient>()],
            json["subject"]?.ToString() ?? string.Empty,
            json["body"]?.ToString() ?? string.Empty,
            [.. (json["channels"] as JsonArray ?? []).Select(c => c?.ToString()).OfType<string>()],
            json["language"]?.ToString() ?? LocalizedTemplate.Vietnamese);
    }
}
