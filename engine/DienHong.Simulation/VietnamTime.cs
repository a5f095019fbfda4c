using System.Globalization;
using DienHong.Calendar;

namespace DienHong.Simulation;

/// <summary>
/// Scenario times (thời điểm trong kịch bản): ISO 8601, and a time written without a UTC offset is Vietnam time
/// (Asia/Ho_Chi_Minh), whatever the machine's time zone.
/// </summary>
public static class VietnamTime
{
    public static bool TryParse(string? text, out DateTimeOffset instant)
    {
        instant = default;
        if (!DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var local))
        {
            return false;
        }

        if (local.Kind == DateTimeKind.Unspecified)
        {
            instant = new DateTimeOffset(local, WorkingCalendar.VietnamTimeZone.GetUtcOffset(local));
            return true;
        }

        return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out instant);
    }
}
