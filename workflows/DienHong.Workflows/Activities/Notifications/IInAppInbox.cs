using System.Collections.Concurrent;

namespace DienHong.Workflows.Activities.Notifications;

/// <summary>An in-app message (thông báo trong ứng dụng) for a role or a user (<c>role:hr</c>, <c>user:E0142</c>).</summary>
public sealed record InAppMessage(string NotificationId, string Recipient, string InstanceId, string Subject, string Body, DateTimeOffset At);

/// <summary>Where in-app messages go. Delivery must be idempotent by (notification id, recipient): the dispatcher delivers at least once.</summary>
public interface IInAppInbox
{
    /// <summary>Delivers a message; false when it was already delivered.</summary>
    ValueTask<bool> DeliverAsync(InAppMessage message, CancellationToken cancellationToken = default);

    ValueTask<IReadOnlyList<InAppMessage>> MessagesAsync(string recipient, CancellationToken cancellationToken = default);
}

/// <summary>An inbox in memory (until the web app's store exists).</summary>
public sealed class InMemoryInAppInbox : IInAppInbox
{
    private readonly ConcurrentDictionary<(string Id, string Recipient), InAppMessage> messages = new();

    public ValueTask<bool> DeliverAsync(InAppMessage message, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(messages.TryAdd((message.NotificationId, message.Recipient), message));

    public ValueTask<IReadOnlyList<InAppMessage>> MessagesAsync(string recipient, CancellationToken cancellationToken = default)
    {
        IReadOnlyList<InAppMessage> found = [.. messages.Values.Where(m => m.Recipient == recipient).OrderBy(m => m.At).ThenBy(m => m.NotificationId, StringComparer.Ordinal)];
        return ValueTask.FromResult(found);
    }
}
