namespace DienHong.Web.Application.Instances;

/// <summary>An incident (sự cố) of a case: its code and the engine's message (English, language-neutral), for an operator to retry or cancel.</summary>
public sealed record IncidentItem(string Id, string? NodeId, string? Code, string Message, DateTimeOffset At);
