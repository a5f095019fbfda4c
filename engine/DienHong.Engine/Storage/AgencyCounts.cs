namespace DienHong.Engine.Storage;

/// <summary>One agency's counts in a report period; <see cref="Agency"/> is null for instances without one.</summary>
public sealed record AgencyCounts(string? Agency, int Opened, int Closed, int TasksOnTime, int TasksLate);
