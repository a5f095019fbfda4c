using DienHong.Engine.Storage;

namespace DienHong.Engine.Runtime;

/// <summary>An instance lock held (<see cref="Hold"/>, released on dispose) and the instance read under it, or null when there is none.</summary>
public sealed record LockedInstance(IAsyncDisposable Hold, LoadedInstance? Loaded);
