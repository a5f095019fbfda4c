namespace DienHong.Engine.Storage;

/// <summary>A definition version without its JSON: enough to pick the version to start and find it in the cache.</summary>
public sealed record DefinitionVersion(string Id, string Key, int Version, DefinitionStatus Status);
