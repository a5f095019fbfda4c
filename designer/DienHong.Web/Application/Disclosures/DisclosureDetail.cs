namespace DienHong.Web.Application.Disclosures;

/// <summary>
/// A posting with what was said about it (chi tiết công khai): the objections the reader may see (all of them for
/// whoever answers them, otherwise the reader's own named ones), whether the reader may object now and may answer,
/// and when it was taken down.
/// </summary>
public sealed record DisclosureDetail(
    DisclosureItem Disclosure,
    IReadOnlyList<ObjectionItem> Objections,
    bool CanObject,
    bool MayAnswer,
    DateTimeOffset? TakenDownAt);
