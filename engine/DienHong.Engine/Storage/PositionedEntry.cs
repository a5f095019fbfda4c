namespace DienHong.Engine.Storage;

/// <summary>A journal entry with its store-wide position in commit order (an outbox's cursor).</summary>
public sealed record PositionedEntry(long Position, JournalEntry Entry);
