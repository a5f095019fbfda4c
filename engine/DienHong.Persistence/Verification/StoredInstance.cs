using DienHong.Engine.Storage;

namespace DienHong.Persistence.Verification;

/// <summary>An instance row as verify reads it: the record and its stored seal.</summary>
internal sealed record StoredInstance(InstanceRecord Record, byte[]? Seal);
