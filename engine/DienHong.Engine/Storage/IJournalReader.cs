namespace DienHong.Engine.Storage;

/// <summary>Reads the journal (nhật ký): one instance's entries in order, and every instance's entries in commit order for an outbox.</summary>
public interface IJournalReader
{
    /// <summary>At most <paramref name="max"/> entries of an instance after sequence number <paramref name="afterSeq"/> (0: from the start), in order.</summary>
    ValueTask<IReadOnlyList<JournalEntry>> ReadAsync(string instanceId, long afterSeq, int max, CancellationToken cancellationToken = default);

    /// <summary>
    /// At most <paramref name="max"/> entries named <paramref name="eventName"/> after <paramref name="position"/>
    /// (0: from the start), in commit order: an entry committed after a read always has a higher position, so a
    /// reader that keeps the last position it saw never skips one.
    /// </summary>
    ValueTask<IReadOnlyList<PositionedEntry>> ReadAfterAsync(long position, string eventName, int max, CancellationToken cancellationToken = default);
}
