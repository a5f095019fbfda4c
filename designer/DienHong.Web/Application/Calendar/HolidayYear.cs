namespace DienHong.Web.Application.Calendar;

/// <summary>The days off of a year (ngày nghỉ trong năm) besides plain weekends; <see cref="Provisional"/> while the Government's schedule is not final.</summary>
public sealed record HolidayYear(int Year, bool Provisional, IReadOnlyList<DayOff> Days);
