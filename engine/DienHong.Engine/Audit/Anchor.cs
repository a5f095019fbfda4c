namespace DienHong.Engine.Audit;

/// <summary>
/// An anchor (mốc neo): at <see cref="At"/>, the head (last entry and its hash) of every instance's journal chain,
/// how many instances and entries there were and how many instances the engine had created, signed with the
/// keyring's signing key. An auditor who keeps it can later show that a history it holds was rewritten or deleted.
/// </summary>
/// <remarks>
/// <see cref="Heads"/> holds one <c>instance seq hash</c> line per instance, sorted by instance id;
/// <see cref="Root"/> is the SHA-256 (hex) of those lines, each ended by a line feed.
/// </remarks>
public sealed record Anchor(
    long Id,
    DateTimeOffset At,
    long Instances,
    long Entries,
    long InstancesCreated,
    string Root,
    IReadOnlyList<string> Heads,
    string KeyId,
    string Signature);
