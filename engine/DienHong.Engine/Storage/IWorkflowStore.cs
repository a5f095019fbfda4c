namespace DienHong.Engine.Storage;

/// <summary>
/// The engine's storage: what a run reads and the one commit it writes. Implementations must make
/// <see cref="CommitAsync"/> atomic and must not return before the commit is durable.
/// </summary>
public interface IWorkflowStore
{
    ValueTask<StoredDefinition?> GetDefinitionAsync(string definitionId, CancellationToken cancellationToken = default);

    /// <summary>The published version of <paramref name="key"/> (the newest when <paramref name="version"/> is null).</summary>
    ValueTask<StoredDefinition?> GetPublishedAsync(string key, int? version, CancellationToken cancellationToken = default);

    /// <summary>The id and status of a version (the newest published when <paramref name="version"/> is null), without its JSON.</summary>
    ValueTask<DefinitionVersion?> FindVersionAsync(string key, int? version, CancellationToken cancellationToken = default);

    ValueTask<string?> FindInstanceOfBookmarkAsync(string bookmarkId, CancellationToken cancellationToken = default);

    ValueTask<LoadedInstance?> LoadAsync(string instanceId, CancellationToken cancellationToken = default);

    /// <summary>
    /// Reads the instances <paramref name="instanceIds"/> names that exist, with their open bookmarks, in one query for
    /// the instances and one for their bookmarks (a page of an inbox, not a case at a time); each is checked against its
    /// seal as <see cref="LoadAsync"/> checks it.
    /// </summary>
    ValueTask<LoadedInstances> LoadManyAsync(IReadOnlyCollection<string> instanceIds, CancellationToken cancellationToken = default);

    /// <summary>Throws <see cref="ConcurrencyConflictException"/> when the row version moved or the correlation key is taken.</summary>
    ValueTask CommitAsync(RunChanges changes, CancellationToken cancellationToken = default);

    /// <summary>Bookmarks whose wake-up time is at or before <paramref name="until"/>, earliest first.</summary>
    ValueTask<IReadOnlyList<DueWake>> DueAsync(DateTimeOffset until, int max, CancellationToken cancellationToken = default);

    /// <summary>Open bookmarks of a kind and key (e.g. the instances waiting for a signal).</summary>
    ValueTask<IReadOnlyList<BookmarkRecord>> FindBookmarksAsync(BookmarkKind kind, string key, string? instanceId, CancellationToken cancellationToken = default);

    ValueTask<string?> FindInstanceByCorrelationAsync(string correlationKey, CancellationToken cancellationToken = default);
}
