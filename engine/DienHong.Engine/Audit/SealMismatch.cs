namespace DienHong.Engine.Audit;

/// <summary>What of an instance row does not match its seal.</summary>
[Flags]
public enum SealMismatch
{
    None = 0,

    /// <summary>The row has no seal (or not one in a known form).</summary>
    Missing = 1,

    /// <summary>The status, outcome, journal head or identity fields (or the seal itself) were changed.</summary>
    Row = 2,

    Variables = 4,

    /// <summary>The run state (node states, joins, pending tokens).</summary>
    State = 8,

    /// <summary>The open bookmarks: one was deleted, added or changed.</summary>
    Bookmarks = 16,
}
