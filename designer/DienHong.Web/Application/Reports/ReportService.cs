using DienHong.Engine.Storage;
using DienHong.Web.Security;
using DienHong.Workflows.Organization;

namespace DienHong.Web.Application.Reports;

/// <summary>
/// Period reports (báo cáo định kỳ) for the signed-in person: per agency they may read (<see cref="ReportAccess"/>)
/// the figures of <see cref="AgencyReport"/>, read from the journal through the store's report queries (one query for
/// the period cut into months for the chart, one for the disclosures, one for the overdue tasks), and the same as a workbook.
/// </summary>
public sealed class ReportService(IReportQueries queries, ReportAccess reports, TimeProvider clock)
{
    public async Task<ServiceResult<Report>> ReadAsync(PersonAccess access, ReportRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var now = clock.GetUtcNow();
        var agencies = reports.Agencies(access);
        if (request.Agency is { } only)
        {
            agencies = [.. agencies.Where(a => a.Id == only)];
            if (agencies.Count == 0)
            {
                return new ServiceRefusal(RefusalKind.Forbidden, ReportRefusals.Denied, only);
            }
        }
        else if (agencies.Count == 0)
        {
            return new ServiceRefusal(RefusalKind.Forbidden, ReportRefusals.NoAgency, access.UserName);
        }

        var to = request.To ?? ReportPeriod.Today(now);
        var period = new ReportPeriod(request.From ?? ReportPeriod.MonthOf(to).From, to);
        if (period.Problem is { } problem)
        {
            return problem;
        }

        IReadOnlyCollection<string> ids = [.. agencies.Select(a => a.Id)];
        var parts = period.Months().ToList();
        var counted = await queries.CountsByPartAsync(new ReportQuery(period.Start, period.End, ids), [.. parts.Skip(1).Select(m => m.Start)], cancellationToken).ConfigureAwait(false);
        var months = parts
            .Select((month, i) => (month.From.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture), counted.Where(c => c.Part == i).ToDictionary(c => c.Counts.Agency!, c => c.Counts)))
            .ToList();

        var disclosures = (await queries.DisclosureCountsAsync(new ReportQuery(period.Start, period.End, ids), cancellationToken).ConfigureAwait(false))
            .ToDictionary(d => d.Agency!);
        var overdue = (await queries.OverdueAsync(now, ids, cancellationToken).ConfigureAwait(false)).ToDictionary(o => o.Agency!, o => o.Tasks);
        return new Report(period.From, period.To, now, Report.OnTimeGoal, [.. agencies.Select(a => Figures(a, months, disclosures.GetValueOrDefault(a.Id), overdue.GetValueOrDefault(a.Id)))]);
    }

    /// <summary>The report as an Excel workbook in the current UI culture's language.</summary>
    public async Task<ServiceResult<ReportFile>> ExportAsync(PersonAccess access, ReportRequest request, CancellationToken cancellationToken = default)
    {
        var read = await ReadAsync(access, request, cancellationToken).ConfigureAwait(false);
        return read.Succeeded ? await ReportWorkbook.WriteAsync(read.Value, cancellationToken).ConfigureAwait(false) : read.Refusal;
    }

    private static AgencyReport Figures(Agency agency, List<(string Month, Dictionary<string, AgencyCounts> Counts)> months, DisclosureCounts? disclosures, int overdue)
    {
        var chart = months.Select(m => m.Counts.GetValueOrDefault(agency.Id) is { } c ? new MonthFigures(m.Month, c.TasksOnTime, c.TasksLate) : new MonthFigures(m.Month, 0, 0)).ToList();
        var counts = months.Select(m => m.Counts.GetValueOrDefault(agency.Id)).OfType<AgencyCounts>().ToList();
        var (onTime, late) = (chart.Sum(m => m.OnTime), chart.Sum(m => m.Late));
        return new AgencyReport(
            agency.Id,
            agency.Name,
            counts.Sum(c => c.Opened),
            counts.Sum(c => c.Closed),
            onTime + late,
            onTime,
            late,
            onTime + late == 0 ? null : (double)onTime / (onTime + late),
            overdue,
            disclosures?.PostedOnTimeForFullPeriod ?? 0,
            disclosures?.PostedLate ?? 0,
            disclosures?.ObjectionsReceived ?? 0,
            disclosures?.ObjectionsAnswered ?? 0,
            chart);
    }
}
