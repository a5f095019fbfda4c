namespace DienHong.Engine.Storage;

/// <summary>A bookmark whose wake-up time has come.</summary>
public sealed record DueWake(string InstanceId, string BookmarkId, DateTimeOffset WakeAt);
