namespace DienHong.Engine.Runtime;

/// <summary>How an engine call ended.</summary>
public enum RunStatus
{
    /// <summary>The run took effect and was committed.</summary>
    Ok,

    /// <summary>No such instance, bookmark or definition.</summary>
    NotFound,

    /// <summary>The bookmark was already resumed (or cancelled): nothing was done.</summary>
    AlreadyConsumed,

    /// <summary>Another writer changed the instance first; nothing was saved. Retry with fresh state.</summary>
    Conflict,

    /// <summary>The request is not acceptable (e.g. an outcome the task does not offer); nothing was saved.</summary>
    Rejected,

    /// <summary>An instance with this correlation key exists already; nothing was started.</summary>
    Duplicate,

    /// <summary>The stored instance fails its seal (it was changed outside the engine); nothing was run.</summary>
    Tampered,
}
