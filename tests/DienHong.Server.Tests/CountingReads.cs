using DienHong.Engine.Storage;

namespace DienHong.Server.Tests;

/// <summary>
/// The server's own store, journal and board queries, counting the reads a service makes through them: a page that
/// read one posting at a time would show a count growing with the postings.
/// </summary>
public sealed class CountingReads(IWorkflowStore store, IJournalReader journal, IDisclosureQueries board) : IWorkflowStore, IJournalReader, IDisclosureQueries
{
    private int reads;

    /// <summary>The reads of instances, journals and postings since it was made.</summary>
    public int Reads => Volatile.Read(ref reads);

    public ValueTask<LoadedInstance?> LoadAsync(string instanceId, CancellationToken cancellationToken = default) => Count(store.LoadAsync(instanceId, cancellationToken));

    public ValueTask<LoadedInstances> LoadManyAsync(IReadOnlyCollection<string> instanceIds, CancellationToken cancellationToken = default) =>
        Count(store.LoadManyAsync(instanceIds, cancellationToken));

    public ValueTask<IReadOnlyList<JournalEntry>> ReadAsync(string instanceId, long afterSeq, int max, CancellationToken cancellationToken = default) =>
        Count(journal.ReadAsync(instanceId, afterSeq, max, cancellationToken));

    public ValueTask<IReadOnlyList<PositionedEntry>> ReadAfterAsync(long position, string eventName, int max, CancellationToken cancellationToken = default) =>
        Count(journal.ReadAfterAsync(position, eventName, max, cancellationToken));

    public ValueTask<Page<DisclosurePosting>> ListAsync(DisclosureQuery query, CancellationToken cancellationToken = default) => Count(board.ListAsync(query, cancellationToken));

    public ValueTask<IReadOnlyList<DisclosureRead>> ReadAsync(IReadOnlyCollection<PostingKey> keys, CancellationToken cancellationToken = default) =>
        Count(board.ReadAsync(keys, cancellationToken));

    // Definitions are read once per process by the web app's lookup, and the rest is the engine's, not a page's reads.
    public ValueTask<StoredDefinition?> GetDefinitionAsync(string definitionId, CancellationToken cancellationToken = default) => store.GetDefinitionAsync(definitionId, cancellationToken);

    public ValueTask<StoredDefinition?> GetPublishedAsync(string key, int? version, CancellationToken cancellationToken = default) => store.GetPublishedAsync(key, version, cancellationToken);

    public ValueTask<DefinitionVersion?> FindVersionAsync(string key, int? version, CancellationToken cancellationToken = default) => store.FindVersionAsync(key, version, cancellationToken);

    public ValueTask<string?> FindInstanceOfBookmarkAsync(string bookmarkId, CancellationToken cancellationToken = default) => store.FindInstanceOfBookmarkAsync(bookmarkId, cancellationToken);

    public ValueTask CommitAsync(RunChanges changes, CancellationToken cancellationToken = default) => store.CommitAsync(changes, cancellationToken);

    public ValueTask<IReadOnlyList<DueWake>> DueAsync(DateTimeOffset until, int max, CancellationToken cancellationToken = default) => store.DueAsync(until, max, cancellationToken);

    public ValueTask<IReadOnlyList<BookmarkRecord>> FindBookmarksAsync(BookmarkKind kind, string key, string? instanceId, CancellationToken cancellationToken = default) =>
        store.FindBookmarksAsync(kind, key, instanceId, cancellationToken);

    public ValueTask<string?> FindInstanceByCorrelationAsync(string correlationKey, CancellationToken cancellationToken = default) =>
        store.FindInstanceByCorrelationAsync(correlationKey, cancellationToken);

    private ValueTask<T> Count<T>(ValueTask<T> read)
    {
        Interlocked.Increment(ref reads);
        return read;
    }
}
