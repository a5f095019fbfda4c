using System.Globalization;

namespace DienHong.Web.Application.Reports;

/// <summary>What report to read (yêu cầu báo cáo): one agency (null: every agency the person may see) and the days; a missing day defaults to this month so far.</summary>
public sealed record ReportRequest(string? Agency = null, DateOnly? From = null, DateOnly? To = null)
{
    /// <summary>
    /// The request of a query string: days are <c>yyyy-MM-dd</c> only, since a day such as 01/02/2027 reads as
    /// 1 February in Vietnam and 2 January elsewhere, and a report of the wrong month must not look right.
    /// </summary>
    public static ServiceResult<ReportRequest> Parse(string? agency, string? from, string? to)
    {
        if (Day(nameof(from), from) is { } fromProblem)
        {
            return fromProblem;
        }

        if (Day(nameof(to), to) is { } toProblem)
        {
            return toProblem;
        }

        return new ReportRequest(string.IsNullOrWhiteSpace(agency) ? null : agency.Trim(), Read(from), Read(to));
    }

    private static ServiceRefusal? Day(string name, string? text) =>
        string.IsNullOrWhiteSpace(text) || Read(text) is not null ? null : new ServiceRefusal(RefusalKind.Invalid, ReportRefusals.Day, name, text);

    private static DateOnly? Read(string? text) =>
        DateOnly.TryParseExact(text?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day : null;
}
