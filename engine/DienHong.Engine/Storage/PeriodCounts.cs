namespace DienHong.Engine.Storage;

/// <summary>
/// One agency's counts in one part of a report period (một tháng của kỳ báo cáo): <see cref="Part"/> is 0 before the
/// first cut, 1 between the first and the second, and so on.
/// </summary>
public sealed record PeriodCounts(int Part, AgencyCounts Counts);
