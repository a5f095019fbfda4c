using DienHong.Engine.Security;

namespace DienHong.Engine.Audit;

/// <summary>
/// The one implementation of journal audit's rules (kiểm tra nhật ký) for every store: recomputes every instance's
/// hash chain, compares each chain's head and last instance-level event with the instance row, checks each row's
/// keyed seal and the integrity record (when the key file is available), checks the anchors, and signs new ones.
/// </summary>
public sealed class JournalAudit(IAuditStore store, IKeyring keyring, TimeProvider clock) : IJournalAudit, IDisposable
{
    private readonly Lazy<InstanceSealer> sealer = new(() => new InstanceSealer(keyring));

    public async Task<JournalVerification> VerifyAsync(AnchorFile? kept = null, CancellationToken cancellationToken = default)
    {
        using var snapshot = await store.OpenSnapshotAsync(null, cancellationToken).ConfigureAwait(false);
        return new DatabaseVerification(snapshot, keyring, sealer.Value).Verify(kept);
    }

    public async Task<JournalVerification> VerifyInstanceAsync(string instanceId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(instanceId);
        using var snapshot = await store.OpenSnapshotAsync(instanceId, cancellationToken).ConfigureAwait(false);
        return new DatabaseVerification(snapshot, keyring, sealer.Value, instanceId).Verify(null);
    }

    public async Task<AnchorResult> CreateAnchorAsync(CancellationToken cancellationToken = default)
    {
        JournalVerification verification;
        List<string> heads;
        long created;
        using (var snapshot = await store.OpenSnapshotAsync(null, cancellationToken).ConfigureAwait(false))
        {
            var check = new DatabaseVerification(snapshot, keyring, sealer.Value);
            verification = check.Verify(null);

            // An anchor over a history that does not verify would vouch for it; one without keys could not be signed.
            if (!verification.IsIntact || !verification.SealsChecked)
            {
                return new AnchorResult(null, verification);
            }

            heads = check.Heads;
            created = snapshot.IntegrityRecord()!.Value.Created;
        }

        var at = DateTimeOffset.FromUnixTimeMilliseconds(clock.GetUtcNow().ToUnixTimeMilliseconds());
        var anchor = await store.AddAnchorAsync(id => AnchorSeal.Sign(id, at, verification.Entries, created, heads, keyring), cancellationToken).ConfigureAwait(false);
        return new AnchorResult(anchor, verification);
    }

    public async Task<IReadOnlyList<Anchor>> ListAnchorsAsync(CancellationToken cancellationToken = default)
    {
        using var snapshot = await store.OpenSnapshotAsync(null, cancellationToken).ConfigureAwait(false);
        return snapshot.Anchors();
    }

    public async Task<AnchorFile> ExportAnchorsAsync(CancellationToken cancellationToken = default) =>
        new(keyring.Id, keyring.PublicKey, clock.GetUtcNow(), await ListAnchorsAsync(cancellationToken).ConfigureAwait(false));

    public void Dispose()
    {
        if (sealer.IsValueCreated)
        {
            sealer.Value.Dispose();
        }
    }
}
