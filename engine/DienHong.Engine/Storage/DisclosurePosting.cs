namespace DienHong.Engine.Storage;

/// <summary>
/// One posting of a disclosure (lần niêm yết): its <c>DisclosurePosted</c> journal entry (<see cref="Seq"/>, when,
/// and <see cref="Proof"/>, the journalled proof as JSON), its instance, and while it is open, the end of its period
/// (<see cref="OpenUntil"/>).
/// </summary>
public sealed record DisclosurePosting(
    string InstanceId,
    long Seq,
    string NodeId,
    DateTimeOffset At,
    string? Proof,
    string DefinitionId,
    string DefinitionKey,
    int DefinitionVersion,
    string? Agency,
    string? CorrelationKey,
    DateTimeOffset? OpenUntil);
