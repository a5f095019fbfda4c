namespace DienHong.Engine.Audit;

/// <summary>
/// The result of verifying a database: how much was checked, and every discrepancy. <see cref="SealsChecked"/> is
/// false when the key file was not available (then rows, the integrity record and the database's own anchors could
/// not be checked against their keyed seals and signatures).
/// </summary>
public sealed record JournalVerification(
    int Instances,
    long Entries,
    IReadOnlyList<Discrepancy> Discrepancies,
    bool SealsChecked,
    int AnchorsChecked)
{
    public bool IsIntact => Discrepancies.Count == 0;
}
