namespace DienHong.Engine.Storage;

/// <summary>A definition version to add: <see cref="Name"/> is its Vietnamese name, kept for listings; <see cref="By"/> saved it (and published or retired it, when it is added so).</summary>
public sealed record NewDefinition(string Id, string Key, int Version, DefinitionStatus Status, string Name, string Json, DateTimeOffset At, string By);
