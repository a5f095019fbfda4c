using DienHong.Calendar;

namespace DienHong.Web.Application.Reports;

/// <summary>
/// One agency's figures for a period (số liệu báo cáo của một cơ quan, đơn vị), all from the journal and the open
/// tasks: cases opened and closed, steps completed on time (completed no later than the due time journalled when the
/// step opened; a step without one is on time) and late, the on-time rate (null without a completed step), open
/// steps overdue now, disclosures posted on time and kept for their full period, disclosures posted late, objections
/// received and answered, and on time and late per month for the chart.
/// </summary>
public sealed record AgencyReport(
    string Agency,
    LocalizedText AgencyName,
    int CasesOpened,
    int CasesClosed,
    int StepsCompleted,
    int StepsOnTime,
    int StepsLate,
    double? OnTimeRate,
    int OverdueNow,
    int DisclosuresOnTime,
    int DisclosuresLate,
    int ObjectionsReceived,
    int ObjectionsAnswered,
    IReadOnlyList<MonthFigures> Months);
