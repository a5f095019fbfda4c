using System.Globalization;
using DienHong.Engine.Security;
using DienHong.Engine.Storage;

namespace DienHong.Engine.Audit;

/// <summary>
/// Verify's checks over any store's snapshot (kiểm tra một cơ sở dữ liệu): the integrity record, the anchors (the
/// database's own and those of a kept file), then every instance with its bookmarks and journal chain, read in
/// instance order together. With an instance in <paramref name="scope"/> only its rows are read, only its heads in
/// the anchors are checked, and the count of created instances is not compared.
/// </summary>
internal sealed class DatabaseVerification(IAuditSnapshot source, IKeyring keyring, InstanceSealer keyedSealer, string? scope = null)
{
    /// <summary>The heads (anchor lines) of the instance rows read, in instance order: what an anchor of this snapshot holds.</summary>
    public List<string> Heads { get; } = [];

    public JournalVerification Verify(AnchorFile? kept)
    {
        var found = new List<Discrepancy>();
        if (!source.HasIntegrityTable)
        {
            // A database no sealing engine has started yet: only the chains can be checked.
            found.Add(new Discrepancy(DiscrepancyKind.IntegrityRecordMissing));
            var (legacyInstances, legacyEntries) = Walk(null, new AnchorCheck(found, scope), found);
            return new JournalVerification(legacyInstances, legacyEntries, found, false, 0);
        }

        var record = source.IntegrityRecord();
        var sealer = Sealer(record, found);
        if (record is null)
        {
            found.Add(new Discrepancy(DiscrepancyKind.IntegrityRecordMissing));
        }
        else if (sealer is not null && sealer.SealIntegrity(record.Value.KeyId, record.Value.Created) != record.Value.Seal)
        {
            found.Add(new Discrepancy(DiscrepancyKind.IntegrityRecordBroken));
        }

        var anchors = new AnchorCheck(found, scope);
        AddAnchors(kept, sealer is not null, anchors, found);
        var (instances, entries) = Walk(sealer, anchors, found);
        anchors.Finish();
        if (scope is null && record is { } r && r.Created != instances)
        {
            found.Add(new Discrepancy(r.Created > instances ? DiscrepancyKind.InstancesDeleted : DiscrepancyKind.InstancesUnaccounted,
                Expected: r.Created.ToString(CultureInfo.InvariantCulture), Found: instances.ToString(CultureInfo.InvariantCulture)));
        }

        return new JournalVerification(instances, entries, found, sealer is not null, anchors.Count);
    }

    /// <summary>The sealer when the key file is there and holds the keys the record names; null when seals cannot be checked.</summary>
    private InstanceSealer? Sealer((string KeyId, long Created, string Seal)? record, List<Discrepancy> found)
    {
        if (!keyring.Exists)
        {
            return null;
        }

        if (record is { } r && r.KeyId != keyring.Id)
        {
            found.Add(new Discrepancy(DiscrepancyKind.KeysDoNotMatch, Expected: r.KeyId, Found: keyring.Id));
            return null;
        }

        return keyedSealer;
    }

    private void AddAnchors(AnchorFile? kept, bool keysUsable, AnchorCheck anchors, List<Discrepancy> found)
    {
        var own = source.Anchors();
        var publicKey = keysUsable ? keyring.PublicKey : null;
        foreach (var anchor in own)
        {
            anchors.Add(anchor, publicKey is not null && anchor.KeyId == keyring.Id ? publicKey : null);
        }

        foreach (var anchor in kept?.Anchors ?? [])
        {
            var stored = own.FirstOrDefault(a => a.Id == anchor.Id);
            var sameSigned = stored is not null && stored with { Heads = anchor.Heads } == anchor;
            if (!sameSigned)
            {
                found.Add(new Discrepancy(DiscrepancyKind.AnchorMissingFromDatabase, Anchor: anchor.Id));
            }

            if (sameSigned && stored!.Heads.SequenceEqual(anchor.Heads))
            {
                // Its heads are being checked already as the database's own; only its signature is left to check.
                if (!AnchorSeal.Verify(anchor, kept!.PublicKey))
                {
                    found.Add(new Discrepancy(DiscrepancyKind.AnchorSignatureInvalid, Anchor: anchor.Id));
                }
            }
            else
            {
                anchors.Add(anchor, kept!.PublicKey);
            }
        }
    }

    /// <summary>Reads instances, bookmarks and the journal in instance order together, checking each instance as it ends.</summary>
    private (int Instances, long Entries) Walk(InstanceSealer? sealer, AnchorCheck anchors, List<Discrepancy> found)
    {
        using var rows = new Cursor<StoredInstance>(source.Instances(withSeals: source.HasIntegrityTable));
        using var bookmarks = new Cursor<BookmarkRecord>(source.Bookmarks());
        using var journal = new Cursor<JournalEntry>(source.Journal());
        var instances = 0;
        long entries = 0;
        while (Next(rows.Current?.Record.Id, bookmarks.Current?.InstanceId, journal.Current?.InstanceId) is { } id)
        {
            anchors.Instance(id);
            StoredInstance? row = null;
            if (rows.Current?.Record.Id == id)
            {
                row = rows.Current;
                Heads.Add(AnchorSeal.Line(new AnchorHead(id, row.Record.JournalSeq, row.Record.JournalHash)));
                instances++;
                rows.MoveNext();
            }

            var open = new List<BookmarkRecord>();
            while (bookmarks.Current?.InstanceId == id)
            {
                open.Add(bookmarks.Current);
                bookmarks.MoveNext();
            }

            ChainWalk? walk = null;
            while (journal.Current?.InstanceId == id)
            {
                walk ??= new ChainWalk(id);
                walk.Add(journal.Current);
                anchors.Entry(journal.Current);
                entries++;
                journal.MoveNext();
            }

            found.AddRange(InstanceCheck.Check(row, open, walk, sealer));
        }

        return (instances, entries);
    }

    private static string? Next(params string?[] ids) =>
        ids.Where(id => id is not null).Order(StringComparer.Ordinal).FirstOrDefault();
}
