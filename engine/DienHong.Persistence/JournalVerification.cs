namespace DienHong.Persistence;

/// <summary>The result of verifying every journal chain.</summary>
public sealed record JournalVerification(int Instances, long Entries, IReadOnlyList<BrokenLink> Broken)
{
    public bool IsIntact => Broken.Count == 0;
}
