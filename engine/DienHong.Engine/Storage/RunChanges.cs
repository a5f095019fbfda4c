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
    /// The run erased data that must not survive in old copies (an anonymous window's voices): after the commit the
    /// store overwrites freed pages and empties its write-ahead log.
    /// </summary>
    public bool Scrub { get; init; }
}
