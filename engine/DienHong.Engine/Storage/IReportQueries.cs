namespace DienHong.Engine.Storage;

/// <summary>The counts of a period report (báo cáo định kỳ), per agency.</summary>
public interface IReportQueries
{
    /// <summary>
    /// Per agency with anything in the period: instances opened and closed in it, and tasks completed in it on time
    /// or late (after the due time the task had; a task without one is on time). One query, no per-row lookups.
    /// </summary>
    ValueTask<IReadOnlyList<AgencyCounts>> CountsAsync(ReportQuery query, CancellationToken cancellationToken = default);
}
