namespace DienHong.Engine.Storage;

/// <summary>A stored definition version: its id (which instances pin), key, version, status and JSON.</summary>
public sealed record StoredDefinition(string Id, string Key, int Version, DefinitionStatus Status, string Json);
