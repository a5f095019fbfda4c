using Microsoft.Data.Sqlite;

namespace DienHong.Workflows.Activities.Notifications;

/// <summary>
/// The outbox is the journal: reads <c>NotificationQueued</c> entries of the SQLite journal table in the order they
/// were committed. The position is SQLite's rowid: the journal is append-only and SQLite has one writer at a time,
/// so a later commit always has higher rowids, and a cursor never skips an entry committed after it was read.
/// (A PostgreSQL store needs its own outbox: sequence values are not in commit order there.)
/// </summary>
public sealed class SqliteJournalOutbox(string connectionString) : INotificationOutbox
{
    public async ValueTask<IReadOnlyList<QueuedNotification>> ReadAfterAsync(long position, int max, CancellationToken cancellationToken = default)
    {
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT rowid, instance_id, seq, at, data FROM journal
            WHERE rowid > $after AND event = $event
            ORDER BY rowid LIMIT $max
            """;
        command.Parameters.AddWithValue("$after", position);
        command.Parameters.AddWithValue("$event", NotifyActivity.QueuedEvent);
        command.Parameters.AddWithValue("$max", max);
        var page = new List<QueuedNotification>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            page.Add(QueuedNotification.FromJournal(
                reader.GetInt64(0),
                reader.GetString(1),
                reader.GetInt64(2),
                DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(3)),
                reader.IsDBNull(4) ? null : reader.GetString(4)));
        }

        return page;
    }
}
