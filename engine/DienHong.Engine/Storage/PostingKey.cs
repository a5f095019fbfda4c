namespace DienHong.Engine.Storage;

/// <summary>Names one posting (lần niêm yết): its case and the sequence number of its <c>DisclosurePosted</c> journal entry.</summary>
public sealed record PostingKey(string InstanceId, long Seq);
