namespace DienHong.Engine.Audit;

/// <summary>
/// The reads and the one write journal audit needs from a store (kho cho kiểm tra nhật ký). The rules (hashing,
/// seals, anchors, comparison) are <see cref="JournalAudit"/>'s; a store only hands over rows and keeps anchors.
/// </summary>
public interface IAuditStore
{
    /// <summary>A consistent snapshot of the whole database, or of one instance when <paramref name="instanceId"/> is given.</summary>
    Task<IAuditSnapshot> OpenSnapshotAsync(string? instanceId, CancellationToken cancellationToken = default);

    /// <summary>Stores a new anchor: the store numbers it (after every anchor it holds) and <paramref name="sign"/> makes it with that number.</summary>
    Task<Anchor> AddAnchorAsync(Func<long, Anchor> sign, CancellationToken cancellationToken = default);
}
