using DienHong.Engine.Runtime;
using DienHong.Web.Resources;

namespace DienHong.Web.Application.Reports;

/// <summary>The reports' refusal codes (mã từ chối của báo cáo); each becomes a problem <c>type</c> of the API (docs/api.md).</summary>
public static class ReportRefusals
{
    /// <summary>{0} the agency.</summary>
    public static readonly MessageCode Denied = Code("report.denied", nameof(ReportsText.RefusalDenied));

    /// <summary>{0} the account: it may see no agency's report.</summary>
    public static readonly MessageCode NoAgency = Code("report.no-agency", nameof(ReportsText.RefusalNoAgency));

    /// <summary>{0} the first day, {1} the last day (yyyy-MM-dd).</summary>
    public static readonly MessageCode PeriodReversed = Code("report.period", nameof(ReportsText.RefusalPeriodReversed));

    /// <summary>{0} the days asked for, {1} the most.</summary>
    public static readonly MessageCode PeriodTooLong = Code("report.period-too-long", nameof(ReportsText.RefusalPeriodTooLong));

    /// <summary>{0} the parameter, {1} the value given.</summary>
    public static readonly MessageCode Day = Code("report.day", nameof(ReportsText.RefusalDay));

    private static MessageCode Code(string value, string resource) => new(value, ReportsText.ResourceManager, resource);
}
