namespace DienHong.Engine.Storage;

/// <summary>What a bookmark (điểm chờ) waits for.</summary>
public enum BookmarkKind
{
    /// <summary>A person's task (nhiệm vụ) in an inbox.</summary>
    Task,

    /// <summary>A point in time.</summary>
    Timer,

    /// <summary>A named signal from outside.</summary>
    Signal,
}
