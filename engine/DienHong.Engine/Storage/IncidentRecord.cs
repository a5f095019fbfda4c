namespace DienHong.Engine.Storage;

/// <summary>An incident (sự cố): a node faulted; the instance waits for an operator to retry or cancel it.</summary>
public sealed record IncidentRecord(string Id, string InstanceId, string? NodeId, string Message, DateTimeOffset At);
