using DienHong.Calendar;

namespace DienHong.Web.Application.Calendar;

/// <summary>A day as the calendar now counts it (ngày theo lịch): worked or not, and why.</summary>
public sealed record CalendarDay(DateOnly Date, bool WorkingDay, LocalizedText? Reason);
