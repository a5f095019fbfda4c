using System.Globalization;
using DienHong.Calendar;

namespace DienHong.Web.Components.Cases;

/// <summary>Times on the case pages (thời gian): in Vietnam time, day before month as both languages write it (dd/MM/yyyy HH:mm).</summary>
public static class CaseDates
{
    public static string Day(DateTimeOffset at) => Local(at).ToString("dd/MM/yyyy", CultureInfo.CurrentCulture);

    public static string Time(DateTimeOffset at) => Local(at).ToString("dd/MM/yyyy HH:mm", CultureInfo.CurrentCulture);

    private static DateTimeOffset Local(DateTimeOffset at) => TimeZoneInfo.ConvertTime(at, WorkingCalendar.VietnamTimeZone);
}
