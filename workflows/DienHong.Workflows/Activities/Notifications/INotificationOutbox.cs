namespace DienHong.Workflows.Activities.Notifications;

/// <summary>
/// Where the dispatcher finds queued notifications, in order. The Notify activity never sends anything: it writes
/// <c>NotificationQueued</c> into the journal in the run's own commit, so a notification exists exactly when the
/// step that queued it was committed. An outbox reads those entries after a position.
/// <see cref="JournalOutbox"/> reads them from the store's journal; <see cref="InMemoryNotificationOutbox"/>
/// holds entries handed to it (tests, the scenario runner).
/// </summary>
public interface INotificationOutbox
{
    /// <summary>At most <paramref name="max"/> notifications after <paramref name="position"/>, in order.</summary>
    ValueTask<IReadOnlyList<QueuedNotification>> ReadAfterAsync(long position, int max, CancellationToken cancellationToken = default);
}
