namespace DienHong.Engine.Storage;

/// <summary>
/// A posting read with what followed it (niêm yết và diễn biến): its node's journal entries after it, in order, up to
/// the node's next posting (<see cref="Following"/>: the objections, answers and take-down), whether such a later
/// posting replaced it (<see cref="Replaced"/>), and its case's open bookmarks.
/// </summary>
public sealed record DisclosureRead(DisclosurePosting Posting, IReadOnlyList<JournalEntry> Following, bool Replaced, IReadOnlyList<BookmarkRecord> Bookmarks);
