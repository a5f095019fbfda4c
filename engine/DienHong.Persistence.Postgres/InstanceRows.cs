using DienHong.Engine.Storage;

namespace DienHong.Persistence.Postgres;

/// <summary>An instance row, its open bookmarks and its stored seal, as read and before the seal is checked.</summary>
internal sealed record InstanceRows(InstanceRecord Record, List<BookmarkRecord> Bookmarks, byte[]? Seal);
