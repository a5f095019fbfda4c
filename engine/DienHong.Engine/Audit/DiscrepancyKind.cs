namespace DienHong.Engine.Audit;

/// <summary>What journal verify found wrong. The command line words each kind for people in their language.</summary>
public enum DiscrepancyKind
{
    /// <summary>An entry's hash does not match the entry and the previous hash (the entry was edited).</summary>
    ChainBroken,

    /// <summary>An entry is missing inside a chain (<c>Expected</c> the sequence number, <c>Found</c> the next present).</summary>
    ChainGap,

    /// <summary>The instance row's journal head is further than its journal goes: entries were deleted at the end.</summary>
    EntriesMissing,

    /// <summary>The journal goes on after the instance row's head: entries were appended outside the engine.</summary>
    EntriesBeyondHead,

    /// <summary>The instance row's head hash is not the hash of the journal's last entry.</summary>
    HeadMismatch,

    /// <summary>Journal entries of an instance whose row is gone.</summary>
    InstanceMissing,

    /// <summary>The row's status is not what the journal's last instance-level event says.</summary>
    StatusMismatch,

    /// <summary>The row's outcome is not the one the journal's completion entry records.</summary>
    OutcomeMismatch,

    /// <summary>An ended instance still has open bookmarks.</summary>
    BookmarksAfterEnd,

    /// <summary>A suspended instance has no open bookmark: nothing could resume it (one was deleted).</summary>
    NoOpenBookmark,

    /// <summary>The row has no seal.</summary>
    SealMissing,

    /// <summary>The row does not match its seal (<c>Found</c> names the parts: Row, Variables, State, Bookmarks).</summary>
    SealBroken,

    /// <summary>The database has no integrity record.</summary>
    IntegrityRecordMissing,

    /// <summary>The integrity record does not match its seal.</summary>
    IntegrityRecordBroken,

    /// <summary>Fewer instance rows than the engine created: instances were deleted.</summary>
    InstancesDeleted,

    /// <summary>More instance rows than the engine created: rows were inserted outside it.</summary>
    InstancesUnaccounted,

    /// <summary>The key file holds other keys than those that sealed the database: seals were not checked.</summary>
    KeysDoNotMatch,

    /// <summary>An anchor's signature does not hold (the anchor was forged or altered).</summary>
    AnchorSignatureInvalid,

    /// <summary>An anchor's list of heads does not hash to its signed root.</summary>
    AnchorRootInvalid,

    /// <summary>An instance an anchor holds is gone from the database.</summary>
    AnchoredInstanceMissing,

    /// <summary>The entry an anchor holds as an instance's head is gone or differs: the history was rewritten.</summary>
    AnchoredEntryChanged,

    /// <summary>An anchor of the kept file is gone from (or differs in) the database's own anchors.</summary>
    AnchorMissingFromDatabase,
}
