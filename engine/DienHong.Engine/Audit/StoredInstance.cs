using DienHong.Engine.Storage;

namespace DienHong.Engine.Audit;

/// <summary>An instance row as verify reads it: the record and its stored seal.</summary>
public sealed record StoredInstance(InstanceRecord Record, byte[]? Seal);
