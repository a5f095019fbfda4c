using DienHong.Engine.Storage;

namespace DienHong.Workflows.Activities.Notifications;

/// <summary>
/// The outbox is the journal: <c>NotificationQueued</c> entries read through the store's <see cref="IJournalReader"/>
/// in commit order, so a cursor never skips an entry committed after it was read, whatever the store.
/// </summary>
public sealed class JournalOutbox(IJournalReader journal) : INotificationOutbox
{
    public async ValueTask<IReadOnlyList<QueuedNotification>> ReadAfterAsync(long position, int max, CancellationToken cancellationToken = default) =>
        [.. (await journal.ReadAfterAsync(position, NotifyActivity.QueuedEvent, max, cancellationToken).ConfigureAwait(false))
            .Select(p => QueuedNotification.FromJournal(p.Position, p.Entry.InstanceId, p.Entry.Seq, p.Entry.At, p.Entry.Data))];
}
