using System.Globalization;
using DienHong.Web.Resources;
using MiniExcel = MiniExcelLibs.MiniExcel;

namespace DienHong.Web.Application.Reports;

/// <summary>
/// A report as an Excel workbook (bảng tính Excel), headers in the current UI culture's language: one sheet with a
/// row per agency, one with a row per agency and month (the chart's figures). Numbers stay numbers, so a reader can
/// sum and chart them; the on-time rate is a percentage with one decimal, empty without a completed step.
/// </summary>
internal static class ReportWorkbook
{
    public static async Task<ReportFile> WriteAsync(Report report, CancellationToken cancellationToken)
    {
        var language = CultureInfo.CurrentUICulture.Name;
        var figures = report.Agencies.Select(a => new Dictionary<string, object?>
        {
            [ReportsText.ColumnAgency] = a.AgencyName.For(language),
            [ReportsText.ColumnFrom] = report.From.ToDateTime(TimeOnly.MinValue),
            [ReportsText.ColumnTo] = report.To.ToDateTime(TimeOnly.MinValue),
            [ReportsText.CasesOpened] = a.CasesOpened,
            [ReportsText.CasesClosed] = a.CasesClosed,
            [ReportsText.StepsCompleted] = a.StepsCompleted,
            [ReportsText.StepsOnTime] = a.StepsOnTime,
            [ReportsText.StepsLate] = a.StepsLate,
            [ReportsText.ColumnOnTimeRate] = a.OnTimeRate is { } rate ? Math.Round(rate * 100, 1) : null,
            [ReportsText.OverdueNow] = a.OverdueNow,
            [ReportsText.DisclosuresOnTime] = a.DisclosuresOnTime,
            [ReportsText.DisclosuresLate] = a.DisclosuresLate,
            [ReportsText.ObjectionsReceived] = a.ObjectionsReceived,
            [ReportsText.ObjectionsAnswered] = a.ObjectionsAnswered,
        }).ToList();
        var months = report.Agencies.SelectMany(a => a.Months.Select(m => new Dictionary<string, object?>
        {
            [ReportsText.ColumnAgency] = a.AgencyName.For(language),
            [ReportsText.ColumnMonth] = m.Month,
            [ReportsText.StepsOnTime] = m.OnTime,
            [ReportsText.StepsLate] = m.Late,
        })).ToList();
        var sheets = new Dictionary<string, object>
        {
            [ReportsText.SheetFigures] = figures,
            [ReportsText.SheetMonths] = months,
        };
        using var stream = new MemoryStream();
        await MiniExcel.SaveAsAsync(stream, sheets, cancellationToken: cancellationToken).ConfigureAwait(false);
        var name = string.Create(CultureInfo.InvariantCulture, $"dienhong-report-{report.From:yyyy-MM-dd}-{report.To:yyyy-MM-dd}.xlsx");
        return new ReportFile(name, ReportFile.Xlsx, stream.ToArray());
    }
}
