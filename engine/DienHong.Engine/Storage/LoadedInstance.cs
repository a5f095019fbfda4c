namespace DienHong.Engine.Storage;

/// <summary>An instance and its open bookmarks, read together at the start of a run.</summary>
public sealed record LoadedInstance(InstanceRecord Instance, IReadOnlyList<BookmarkRecord> Bookmarks);
