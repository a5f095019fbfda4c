namespace DienHong.Engine.Audit;

/// <summary>
/// Journal audit (kiểm tra nhật ký), the same on every store: verifies hash chains, instance seals, the integrity
/// record and anchors, makes signed anchors and exports them for an auditor. Reads one consistent snapshot, so it runs
/// beside the engine.
/// </summary>
public interface IJournalAudit
{
    /// <summary>Verifies every instance, and the database against its own anchors and those of a <paramref name="kept"/> file.</summary>
    Task<JournalVerification> VerifyAsync(AnchorFile? kept = null, CancellationToken cancellationToken = default);

    /// <summary>Verifies one instance: its chain, its row, seal and bookmarks, and its heads in the database's anchors.</summary>
    Task<JournalVerification> VerifyInstanceAsync(string instanceId, CancellationToken cancellationToken = default);

    /// <summary>Verifies the database and, when it is intact, anchors the heads of that same snapshot (signed).</summary>
    Task<AnchorResult> CreateAnchorAsync(CancellationToken cancellationToken = default);

    Task<IReadOnlyList<Anchor>> ListAnchorsAsync(CancellationToken cancellationToken = default);

    /// <summary>Every anchor with the public key that checks them: the file an auditor keeps outside the system.</summary>
    Task<AnchorFile> ExportAnchorsAsync(CancellationToken cancellationToken = default);
}
