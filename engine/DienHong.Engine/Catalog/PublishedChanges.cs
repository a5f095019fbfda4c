namespace DienHong.Engine.Catalog;

/// <summary>
/// What a publish changed against the version it replaces (tóm tắt thay đổi), for its journal entry: counts by part
/// and kind (<c>"Node.Changed": 2</c>) as data, and the summary line as the publisher read it.
/// </summary>
public sealed record PublishedChanges(IReadOnlyDictionary<string, int> Counts, string Summary);
