using DienHong.Engine.Storage;

namespace DienHong.Engine.Audit;

/// <summary>
/// What journal audit reads from a store (ảnh chụp để kiểm tra), all from one consistent snapshot, whichever database
/// holds it. The three row sequences are in ordinal order of the instance id (then bookmark id, then sequence number);
/// a snapshot of one instance holds only that instance's rows.
/// </summary>
public interface IAuditSnapshot : IDisposable
{
    /// <summary>Whether the database has the integrity table at all (a database no sealing engine has started has not).</summary>
    bool HasIntegrityTable { get; }

    /// <summary>The integrity record: the id of the keys that seal the database, how many instances the engine created, its seal.</summary>
    (string KeyId, long Created, string Seal)? IntegrityRecord();

    IReadOnlyList<Anchor> Anchors();

    /// <summary>The instance rows, with their seals unless <paramref name="withSeals"/> is false (a database from before seals has no seal column).</summary>
    IEnumerable<StoredInstance> Instances(bool withSeals);

    IEnumerable<BookmarkRecord> Bookmarks();

    IEnumerable<JournalEntry> Journal();
}
