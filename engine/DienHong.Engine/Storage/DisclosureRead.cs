using DienHong.Engine.Journal;

namespace DienHong.Engine.Storage;

/// <summary>
/// A posting read with what followed it (niêm yết và diễn biến): its node's journal entries after it, in order, up to
/// the node's next posting (<see cref="Following"/>: the objections, answers and take-down), whether such a later
/// posting replaced it (<see cref="Replaced"/>), and its case's open bookmarks.
/// </summary>
public sealed record DisclosureRead(DisclosurePosting Posting, IReadOnlyList<JournalEntry> Following, bool Replaced, IReadOnlyList<BookmarkRecord> Bookmarks)
{
    /// <summary>The events a posting's reader needs after it; a node's other entries say nothing about the posting.</summary>
    public static readonly IReadOnlyList<string> Events =
        [JournalEvents.DisclosurePosted, JournalEvents.ObjectionReceived, JournalEvents.ObjectionAnswered, JournalEvents.DisclosureTakenDown];

    /// <summary>The read of <paramref name="posting"/> from entries after it in journal order (any node's: only its node's are kept), cut at its node's next posting.</summary>
    public static DisclosureRead Of(DisclosurePosting posting, IEnumerable<JournalEntry> after, IReadOnlyList<BookmarkRecord> bookmarks)
    {
        ArgumentNullException.ThrowIfNull(posting);
        var following = new List<JournalEntry>();
        foreach (var entry in after.Where(e => e.NodeId == posting.NodeId && e.Seq > posting.Seq))
        {
            if (entry.Event == JournalEvents.DisclosurePosted)
            {
                return new DisclosureRead(posting, following, true, bookmarks);
            }

            following.Add(entry);
        }

        return new DisclosureRead(posting, following, false, bookmarks);
    }
}
