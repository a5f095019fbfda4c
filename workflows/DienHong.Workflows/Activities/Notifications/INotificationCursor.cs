using System.Globalization;

namespace DienHong.Workflows.Activities.Notifications;

/// <summary>
/// The dispatcher's stored cursor: the outbox position of the last notification it delivered. Delivery is at least
/// once: the cursor moves after a notification has gone out on all its channels, so a crash between sending and
/// storing sends that one notification again (in-app delivery is idempotent by notification id; an e-mail may repeat).
/// </summary>
public interface INotificationCursor
{
    ValueTask<long> ReadAsync(CancellationToken cancellationToken = default);

    ValueTask WriteAsync(long position, CancellationToken cancellationToken = default);
}

/// <summary>A cursor in memory, for tests and single runs: after a restart everything is sent again.</summary>
public sealed class InMemoryNotificationCursor : INotificationCursor
{
    private long position;

    public ValueTask<long> ReadAsync(CancellationToken cancellationToken = default) => ValueTask.FromResult(Interlocked.Read(ref position));

    public ValueTask WriteAsync(long position, CancellationToken cancellationToken = default)
    {
        Interlocked.Exchange(ref this.position, position);
        return ValueTask.CompletedTask;
    }
}

/// <summary>A cursor kept in a small text file, replaced atomically (write a temporary file, then move it over).</summary>
public sealed class FileNotificationCursor(string path) : INotificationCursor
{
    public async ValueTask<long> ReadAsync(CancellationToken cancellationToken = default) =>
        File.Exists(path) ? long.Parse((await File.ReadAllTextAsync(path, cancellationToken).ConfigureAwait(false)).Trim(), CultureInfo.InvariantCulture) : 0;

    public async ValueTask WriteAsync(long position, CancellationToken cancellationToken = default)
    {
        var temporary = path + ".tmp";
        await File.WriteAllTextAsync(temporary, position.ToString(CultureInfo.InvariantCulture), cancellationToken).ConfigureAwait(false);
        File.Move(temporary, path, overwrite: true);
    }
}
