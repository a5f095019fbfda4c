using DienHong.Calendar;

namespace DienHong.Web.Application.Calendar;

/// <summary>
/// A day the Government announces (ngày công bố): <see cref="Kind"/> <c>dayOff</c> (an extra day off) or
/// <c>workingDay</c> (a compensatory working day), with its reason in Vietnamese and English.
/// </summary>
public sealed record AnnounceDay(DateOnly? Date, string? Kind, LocalizedText? Reason)
{
    public const string DayOff = "dayOff", WorkingDay = "workingDay";
}
