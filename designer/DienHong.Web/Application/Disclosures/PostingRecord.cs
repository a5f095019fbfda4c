using DienHong.Engine.Storage;

namespace DienHong.Web.Application.Disclosures;

/// <summary>
/// A posting read from its case (niêm yết đã đọc): the posting as the board shows it, every objection (before the
/// reader's view is applied), the audience's open bookmark while it is open, when it was taken down, and whether the
/// reader answers its objections.
/// </summary>
internal sealed record PostingRecord(
    DisclosureItem Item,
    IReadOnlyList<ObjectionItem> Objections,
    BookmarkRecord? OpenPosting,
    DateTimeOffset? TakenDownAt,
    bool MayAnswer);
