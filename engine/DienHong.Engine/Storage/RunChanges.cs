namespace DienHong.Engine.Storage;

/// <summary>
/// Everything one engine run changes, saved in one transaction or not at all. The store checks
/// <see cref="ExpectedRowVersion"/> against the stored row (unless <see cref="IsNew"/>).
/// <see cref="UpdatedBookmarks"/> are bookmarks that stay open with a new wake-up time, assignee or payload.
/// </summary>
public sealed record RunChanges(
    InstanceRecord Instance,
    bool IsNew,
    long ExpectedRowVersion,
    IReadOnlyList<BookmarkRecord> AddedBookmarks,
    IReadOnlyList<BookmarkRecord> RemovedBookmarks,
    IReadOnlyList<BookmarkRecord> UpdatedBookmarks,
    IReadOnlyList<JournalEntry> Journal,
    IReadOnlyList<IncidentRecord> Incidents);
