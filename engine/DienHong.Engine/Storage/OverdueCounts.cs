namespace DienHong.Engine.Storage;

/// <summary>
/// One agency's open tasks past their due time at a moment (việc quá hạn); <see cref="Agency"/> is null for instances
/// without one.
/// </summary>
public sealed record OverdueCounts(string? Agency, int Tasks);
