namespace DienHong.Engine.Audit;

/// <summary>One chain head an anchor holds: the instance, its last entry's sequence number and hash.</summary>
public sealed record AnchorHead(string InstanceId, long Seq, string Hash);
