namespace DienHong.Web.Application.Reports;

/// <summary>
/// A period report (báo cáo): the period's days (Vietnam time, both included), when it was read (the moment
/// <c>overdueNow</c> counts at), the on-time goal (the seed article's "over 98 %"), and one entry per agency.
/// </summary>
public sealed record Report(DateOnly From, DateOnly To, DateTimeOffset At, double Goal, IReadOnlyList<AgencyReport> Agencies)
{
    /// <summary>The share of steps to complete on time.</summary>
    public const double OnTimeGoal = 0.98;
}
