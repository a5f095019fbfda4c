using DienHong.Engine.Storage;

namespace DienHong.Workflows.Activities.Notifications;

/// <summary>An outbox in memory: journal entries are added to it (the <c>NotificationQueued</c> ones are kept), positions count from 1.</summary>
public sealed class InMemoryNotificationOutbox : INotificationOutbox
{
    private readonly List<QueuedNotification> queued = [];
    private readonly Lock gate = new();

    /// <summary>Adds the <c>NotificationQueued</c> entries among <paramref name="entries"/>; returns how many.</summary>
    public int Add(IEnumerable<JournalEntry> entries)
    {
        lock (gate)
        {
            var before = queued.Count;
            foreach (var e in entries.Where(e => e.Event == NotifyActivity.QueuedEvent))
            {
                queued.Add(QueuedNotification.FromJournal(queued.Count + 1, e.InstanceId, e.Seq, e.At, e.Data));
            }

            return queued.Count - before;
        }
    }

    public ValueTask<IReadOnlyList<QueuedNotification>> ReadAfterAsync(long position, int max, CancellationToken cancellationToken = default)
    {
        lock (gate)
        {
            IReadOnlyList<QueuedNotification> page = [.. queued.Where(q => q.Position > position).Take(max)];
            return ValueTask.FromResult(page);
        }
    }
}
