using DienHong.Calendar;

namespace DienHong.Web.Application.Designer.DryRun;

/// <summary>The server's working calendar as the days off (ngày nghỉ) a simulation counts on, so a dry run's deadlines are the server's.</summary>
internal sealed class CalendarDays(IWorkingCalendar calendar) : IDaySource
{
    public DayInfo Describe(DateOnly date) => calendar.Describe(date);
}
