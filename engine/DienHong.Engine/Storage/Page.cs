namespace DienHong.Engine.Storage;

/// <summary>
/// One page of a query: its items, the total over all pages, and <see cref="Next"/>, an opaque keyset cursor for the
/// page after (null on the last page). A cursor names the last item seen, so rows added or removed meanwhile never
/// shift a page.
/// </summary>
public sealed record Page<T>(IReadOnlyList<T> Items, int Total, string? Next);
