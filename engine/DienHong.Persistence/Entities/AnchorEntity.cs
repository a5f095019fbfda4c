namespace DienHong.Persistence.Entities;

/// <summary>
/// An anchor (mốc neo): a signed checkpoint of every journal chain's head at a moment. <see cref="Heads"/> lists
/// them, one <c>instance seq hash</c> per line sorted by instance; <see cref="Root"/> is the SHA-256 of that list.
/// </summary>
public sealed class AnchorEntity
{
    public long Id { get; set; }

    public long At { get; set; }

    public long Instances { get; set; }

    public long Entries { get; set; }

    public long InstancesCreated { get; set; }

    public required string Root { get; set; }

    public required string Heads { get; set; }

    public required string KeyId { get; set; }

    public required string Signature { get; set; }
}
