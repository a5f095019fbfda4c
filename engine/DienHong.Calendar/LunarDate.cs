using System.Globalization;

namespace DienHong.Calendar;

/// <summary>A date in the Vietnamese lunar calendar (ngày âm lịch); a leap month (tháng nhuận) repeats the number of the month before it.</summary>
public readonly record struct LunarDate(int Day, int Month, int Year, bool IsLeapMonth = false)
{
    /// <summary>Written the Vietnamese way, day/month/year, with "nhuận" after a leap month: <c>10/3/2026</c>, <c>15/6 nhuận/2025</c>.</summary>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Day}/{Month}{(IsLeapMonth ? " nhuận" : string.Empty)}/{Year}");
}
