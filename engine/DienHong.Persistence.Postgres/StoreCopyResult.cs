using DienHong.Engine.Audit;
namespace DienHong.Persistence.Postgres;

/// <summary>What a copy moved, per table, and the target's verification after it.</summary>
public sealed record StoreCopyResult(IReadOnlyDictionary<string, long> Rows, JournalVerification Verification);
