namespace DienHong.Web.Application.Reports;

/// <summary>One month of a report's chart (số liệu theo tháng): <see cref="Month"/> is <c>yyyy-MM</c>; steps completed on time and late.</summary>
public sealed record MonthFigures(string Month, int OnTime, int Late);
