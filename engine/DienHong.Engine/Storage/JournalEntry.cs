namespace DienHong.Engine.Storage;

/// <summary>
/// One entry of an instance's journal (nhật ký): append-only, and chained by
/// <c>Hash = SHA-256(previous hash + canonical entry)</c>.
/// </summary>
public sealed record JournalEntry(
    string InstanceId,
    long Seq,
    DateTimeOffset At,
    string? NodeId,
    string Event,
    string? Actor,
    string? Outcome,
    string? Comment,
    string? Data,
    string Hash);
