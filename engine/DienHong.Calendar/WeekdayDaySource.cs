namespace DienHong.Calendar;

/// <summary>Monday to Friday, no holidays: the plain fallback when no national calendar is configured.</summary>
public sealed class WeekdayDaySource : IDaySource
{
    public static readonly LocalizedText Saturday = new("Thứ Bảy", "Saturday");
    public static readonly LocalizedText Sunday = new("Chủ nhật", "Sunday");

    public DayInfo Describe(DateOnly date) => date.DayOfWeek switch
    {
        DayOfWeek.Saturday => DayInfo.Off(date, Saturday),
        DayOfWeek.Sunday => DayInfo.Off(date, Sunday),
        _ => DayInfo.Working(date),
    };
}
