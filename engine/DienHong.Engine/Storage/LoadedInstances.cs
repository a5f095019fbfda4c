namespace DienHong.Engine.Storage;

/// <summary>
/// Instances read together (hồ sơ đọc theo lô): those that match their seal, by id, and the ids of those that do not,
/// which are left out rather than thrown for, so one tampered case never hides the others.
/// </summary>
public sealed record LoadedInstances(IReadOnlyDictionary<string, LoadedInstance> Sound, IReadOnlySet<string> Tampered);
