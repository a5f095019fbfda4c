namespace DienHong.Simulation;

/// <summary>One journal entry (mục nhật ký) as a scenario run reports it; <see cref="At"/> is ISO 8601 in +07:00.</summary>
public sealed record JournalView(long Seq, string At, string? Node, string Event, string? Actor, string? Outcome, string? Comment);
