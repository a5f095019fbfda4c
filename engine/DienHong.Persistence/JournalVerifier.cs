using System.Globalization;
using DienHong.Engine.Storage;
using DienHong.Persistence.Anchors;
using DienHong.Persistence.Integrity;
using DienHong.Persistence.Sqlite;
using DienHong.Persistence.Verification;
using Microsoft.Data.Sqlite;

namespace DienHong.Persistence;

/// <summary>
/// Journal verify (kiểm tra nhật ký): recomputes every instance's hash chain, compares each chain's head and last
/// instance-level event with the instance row, checks each row's keyed seal and the integrity record's count of
/// created instances (when the key file is available), and checks the database against its own anchors and those
/// of a kept file. Reads one consistent snapshot, so it can run beside the engine.
/// </summary>
public sealed class JournalVerifier(SqliteDatabase database)
{
    public JournalVerification Verify(AnchorFile? kept = null)
    {
        using var connection = database.Open();
        using var snapshot = connection.BeginTransaction(deferred: true);
        return Verify(connection, kept);
    }

    /// <summary>Verifies on an open connection, inside the caller's transaction (an anchor is made in the same snapshot).</summary>
    internal JournalVerification Verify(SqliteConnection connection, AnchorFile? kept)
    {
        var found = new List<Discrepancy>();
        if (SqliteDatabase.Scalar(connection, "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'integrity'") == 0)
        {
            // A database no sealing engine has started yet: only the chains can be checked.
            found.Add(new Discrepancy(DiscrepancyKind.IntegrityRecordMissing));
            var (legacyInstances, legacyEntries) = Walk(connection, "NULL", null, new AnchorCheck(found), found);
            return new JournalVerification(legacyInstances, legacyEntries, found, false, 0);
        }

        var record = ReadRecord(connection);
        var sealer = Sealer(record, found);
        if (record is null)
        {
            found.Add(new Discrepancy(DiscrepancyKind.IntegrityRecordMissing));
        }
        else if (sealer is not null && IntegrityRecord.Seal(sealer, record.Value.KeyId, record.Value.Created) != record.Value.Seal)
        {
            found.Add(new Discrepancy(DiscrepancyKind.IntegrityRecordBroken));
        }

        var anchors = new AnchorCheck(found);
        AddAnchors(connection, kept, sealer is not null, anchors, found);
        var (instances, entries) = Walk(connection, "seal", sealer, anchors, found);
        anchors.Finish();
        if (record is { } r && r.Created != instances)
        {
            found.Add(new Discrepancy(r.Created > instances ? DiscrepancyKind.InstancesDeleted : DiscrepancyKind.InstancesUnaccounted,
                Expected: r.Created.ToString(CultureInfo.InvariantCulture), Found: instances.ToString(CultureInfo.InvariantCulture)));
        }

        return new JournalVerification(instances, entries, found, sealer is not null, anchors.Count);
    }

    /// <summary>The sealer when the key file is there and holds the keys the record names; null when seals cannot be checked.</summary>
    private InstanceSealer? Sealer((string KeyId, long Created, string Seal)? record, List<Discrepancy> found)
    {
        var keyring = database.Keyring;
        if (!keyring.Exists)
        {
            return null;
        }

        if (record is { } r && r.KeyId != keyring.Id)
        {
            found.Add(new Discrepancy(DiscrepancyKind.KeysDoNotMatch, Expected: r.KeyId, Found: keyring.Id));
            return null;
        }

        return database.Sealer;
    }

    private void AddAnchors(SqliteConnection connection, AnchorFile? kept, bool keysUsable, AnchorCheck anchors, List<Discrepancy> found)
    {
        var own = JournalAnchors.Read(connection);
        var publicKey = keysUsable ? database.Keyring.PublicKey : null;
        foreach (var anchor in own)
        {
            anchors.Add(anchor, publicKey is not null && anchor.KeyId == database.Keyring.Id ? publicKey : null);
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
    private static (int Instances, long Entries) Walk(SqliteConnection connection, string sealColumn, InstanceSealer? sealer, AnchorCheck anchors, List<Discrepancy> found)
    {
        using var instanceRows = new RawStatement(connection, $"SELECT {RowReader.InstanceColumns}, {sealColumn} FROM instances ORDER BY id");
        using var bookmarkRows = new RawStatement(connection, $"SELECT {RowReader.BookmarkColumns} FROM bookmarks ORDER BY instance_id, id");
        using var journalRows = new RawStatement(connection, "SELECT instance_id, seq, at, node_id, event, actor, outcome, comment, data, hash FROM journal ORDER BY instance_id, seq");
        using var rows = new Cursor<StoredInstance>(instanceRows.Stream(r => new StoredInstance(RowReader.Instance(r), r.GetNullableBlob(RowReader.InstanceColumnCount))));
        using var bookmarks = new Cursor<BookmarkRecord>(bookmarkRows.Stream(RowReader.Bookmark));
        using var journal = new Cursor<JournalEntry>(journalRows.Stream(Entry));
        var instances = 0;
        long entries = 0;
        while (Next(rows.Current?.Record.Id, bookmarks.Current?.InstanceId, journal.Current?.InstanceId) is { } id)
        {
            anchors.Instance(id);
            StoredInstance? row = null;
            if (rows.Current?.Record.Id == id)
            {
                row = rows.Current;
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

    private static JournalEntry Entry(RawRow r) => new(
        r.GetString(0), r.GetInt64(1), UnixTime.FromMs(r.GetInt64(2)), r.GetNullableString(3), r.GetString(4),
        r.GetNullableString(5), r.GetNullableString(6), r.GetNullableString(7), r.GetNullableString(8), r.GetString(9));

    private static (string KeyId, long Created, string Seal)? ReadRecord(SqliteConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = IntegrityRecord.Select;
        using var r = command.ExecuteReader();
        return r.Read() ? (r.GetString(0), r.GetInt64(1), r.GetString(2)) : null;
    }
}
