namespace DienHong.Engine.Storage;

/// <summary>
/// The stored definition versions (phiên bản định nghĩa) as plain rows, with who saved, published and retired each,
/// and the definitions' journal of publishes. The rules (draft → published → retired, the next version number,
/// re-imports, the journal's chain) are the engine's <c>DefinitionCatalog</c>; a store only keeps rows, refuses a
/// second row with the same key and version, and writes a row's change and its journal entry in one transaction.
/// </summary>
public interface IDefinitionStore
{
    /// <summary>Every version, or every version of <paramref name="key"/>, by key then version.</summary>
    ValueTask<IReadOnlyList<StoredDefinition>> ListAsync(string? key = null, CancellationToken cancellationToken = default);

    /// <summary>Every version of <paramref name="key"/> with its authors and times, by version.</summary>
    ValueTask<IReadOnlyList<DefinitionHistory>> HistoryAsync(string key, CancellationToken cancellationToken = default);

    /// <summary>
    /// Adds a version, and <paramref name="journal"/> (when given) to the definitions' journal in the same transaction;
    /// throws <see cref="ConcurrencyConflictException"/> when its key and version, or the journal entry's sequence number, exist already.
    /// </summary>
    ValueTask AddAsync(NewDefinition definition, JournalEntry? journal = null, CancellationToken cancellationToken = default);

    /// <summary>Replaces the text of a version while it is still a draft, stamping who saved it; false when it is not (any more).</summary>
    ValueTask<bool> ReplaceDraftAsync(string id, string name, string json, DefinitionStamp saved, CancellationToken cancellationToken = default);

    /// <summary>
    /// Moves a version from <paramref name="from"/> to <paramref name="to"/>, stamped with who and when, and appends
    /// <paramref name="journal"/> (when given) in the same transaction; false (and nothing written) when it was not in
    /// <paramref name="from"/>; <see cref="ConcurrencyConflictException"/> when the journal entry's sequence number exists already.
    /// </summary>
    ValueTask<bool> ChangeStatusAsync(string id, DefinitionStatus from, DefinitionStatus to, DefinitionStamp stamp, JournalEntry? journal = null, CancellationToken cancellationToken = default);

    /// <summary>The journal of <paramref name="key"/>'s publishes, in order (its entries' <see cref="JournalEntry.InstanceId"/> is the key).</summary>
    ValueTask<IReadOnlyList<JournalEntry>> JournalAsync(string key, CancellationToken cancellationToken = default);
}
