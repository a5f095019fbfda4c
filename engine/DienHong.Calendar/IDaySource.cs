namespace DienHong.Calendar;

/// <summary>Tells which days are worked; the arithmetic of <see cref="WorkingCalendar"/> is built on it.</summary>
public interface IDaySource
{
    DayInfo Describe(DateOnly date);
}
