namespace DienHong.Engine.Storage;

/// <summary>The counts of a period report (báo cáo định kỳ), per agency.</summary>
public interface IReportQueries
{
    /// <summary>
    /// Per agency with anything in the period: instances opened and closed in it, and tasks completed in it on time
    /// or late (after the due time the task had; a task without one is on time). One query, no per-row lookups.
    /// </summary>
    ValueTask<IReadOnlyList<AgencyCounts>> CountsAsync(ReportQuery query, CancellationToken cancellationToken = default);

    /// <summary>
    /// The counts of <see cref="CountsAsync"/> cut at <paramref name="cuts"/> (ascending instants inside the period, such
    /// as the first instant of each month after the first): per part and agency with anything in that part, in part
    /// then agency order. One query for the whole period, however many parts.
    /// </summary>
    ValueTask<IReadOnlyList<PeriodCounts>> CountsByPartAsync(ReportQuery query, IReadOnlyList<DateTimeOffset> cuts, CancellationToken cancellationToken = default);

    /// <summary>
    /// Per agency with any disclosure event in the period: postings journalled late (<c>DisclosureLate</c>), take-downs
    /// of postings that were on time (<c>DisclosureTakenDown</c> not late: the full period was served), objections
    /// received and answered. One query over the journal.
    /// </summary>
    ValueTask<IReadOnlyList<DisclosureCounts>> DisclosureCountsAsync(ReportQuery query, CancellationToken cancellationToken = default);

    /// <summary>
    /// Per agency with any: the open tasks whose due time is before <paramref name="at"/> (a task due exactly then is
    /// not overdue yet), of <paramref name="agencies"/> (all when null). One query over the open tasks' due index.
    /// </summary>
    ValueTask<IReadOnlyList<OverdueCounts>> OverdueAsync(DateTimeOffset at, IReadOnlyCollection<string>? agencies = null, CancellationToken cancellationToken = default);
}
