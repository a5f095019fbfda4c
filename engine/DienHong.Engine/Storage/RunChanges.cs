namespace DienHong.Engine.Storage;

/// <summary>
/// Everything one engine run changes, saved in one transaction or not at all. The store checks
/// <see cref="ExpectedRowVersion"/> against the stored row (unless <see cref="IsNew"/>).
/// <see cref="UpdatedBookmarks"/> are bookmarks that stay open with a new wake-up time, assignee or payload;
/// <see cref="OpenBookmarks"/> are all the instance's open bookmarks after the run, which its seal covers.
/// </summary>
public sealed record RunChanges(
    InstanceRecord Instance,
    bool IsNew,
    long ExpectedRowVersion,
    IReadOnlyList<BookmarkRecord> AddedBookmarks,
    IReadOnlyList<BookmarkRecord> RemovedBookmarks,
    IReadOnlyList<BookmarkRecord> UpdatedBookmarks,
    IReadOnlyList<JournalEntry> Journal,
    IReadOnlyList<IncidentRecord> Incidents,
    IReadOnlyList<BookmarkRecord> OpenBookmarks)
{
    /// <summary>
    /// The instance holds secrets before or after this run (an anonymous window's voices): the store overwrites what
    /// the run deletes or replaces (SQLite's secure_delete) instead of leaving it in free space.
    /// </summary>
    public bool Sensitive { get; init; }

    /// <summary>
    /// The run released the instance's secrets: after the commit the store also empties its write-ahead log, where
    /// old versions of the pages would otherwise survive.
    /// </summary>
    public bool Scrub { get; init; }
}
