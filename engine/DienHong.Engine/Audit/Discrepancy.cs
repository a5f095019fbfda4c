namespace DienHong.Engine.Audit;

/// <summary>
/// One thing journal verify found wrong (sai lệch): its kind, and where it applies: an instance, an entry, what was
/// expected and what was found, an anchor. Language-neutral data; people read it through the command line's texts.
/// </summary>
public sealed record Discrepancy(
    DiscrepancyKind Kind,
    string? InstanceId = null,
    long? Seq = null,
    string? Expected = null,
    string? Found = null,
    long? Anchor = null);
