using DienHong.Engine.Storage;
using DienHong.Persistence.Anchors;

namespace DienHong.Persistence.Verification;

/// <summary>
/// What verify reads from a database, whichever engine holds it, all from one consistent snapshot. The three row
/// sequences are in ordinal order of the instance id (then bookmark id, then sequence number).
/// </summary>
internal interface IVerificationSource
{
    /// <summary>Whether the database has the integrity table at all (a database no sealing engine has started has not).</summary>
    bool HasIntegrityTable { get; }

    (string KeyId, long Created, string Seal)? IntegrityRecord();

    IReadOnlyList<Anchor> Anchors();

    /// <summary>The instance rows, with their seals unless <paramref name="withSeals"/> is false (a database from before seals has no seal column).</summary>
    IEnumerable<StoredInstance> Instances(bool withSeals);

    IEnumerable<BookmarkRecord> Bookmarks();

    IEnumerable<JournalEntry> Journal();
}
