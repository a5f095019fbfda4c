using DienHong.Engine.Storage;

namespace DienHong.Engine.Journal;

/// <summary>Cuts a posting's journal into a <see cref="DisclosureRead"/> (đọc một lần niêm yết), the same for every store and reader.</summary>
public static class DisclosureReads
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
