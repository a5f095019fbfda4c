using DienHong.Web.Application.Reports;

namespace DienHong.Web.Components.Reports;

/// <summary>The periods the reports page offers (kỳ báo cáo): this month, quarter or year so far, or days the reader picks.</summary>
public enum PeriodChoice
{
    Month,
    Quarter,
    Year,
    Custom,
}

/// <summary>The days of a <see cref="PeriodChoice"/> on a given day.</summary>
public static class PeriodChoices
{
    /// <summary>The period so far of <paramref name="choice"/> on <paramref name="today"/> (custom: this month, to start from).</summary>
    public static ReportPeriod Of(PeriodChoice choice, DateOnly today) => choice switch
    {
        PeriodChoice.Quarter => new(new DateOnly(today.Year, ((today.Month - 1) / 3 * 3) + 1, 1), today),
        PeriodChoice.Year => new(new DateOnly(today.Year, 1, 1), today),
        _ => ReportPeriod.MonthOf(today),
    };
}
