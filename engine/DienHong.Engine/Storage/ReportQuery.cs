namespace DienHong.Engine.Storage;

/// <summary>A report period [<see cref="From"/>, <see cref="To"/>) and the agencies to count (all when null).</summary>
public sealed record ReportQuery(DateTimeOffset From, DateTimeOffset To, IReadOnlyCollection<string>? Agencies = null);
