namespace DienHong.Persistence;

/// <summary>The first entry of an instance's journal whose link does not hold.</summary>
public sealed record BrokenLink(string InstanceId, long Seq, string Reason);
