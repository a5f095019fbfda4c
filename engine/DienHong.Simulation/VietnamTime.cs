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
            var offset = WorkingCalendar.VietnamTimeZone.GetUtcOffset(local);

            // At the very ends of DateTime the offset cannot be applied; the clamped value still fails every range check.
            instant = local.Year <= 1 && local < DateTime.MinValue + offset ? DateTimeOffset.MinValue
                : local.Year >= 9999 && local > DateTime.MaxValue - offset ? DateTimeOffset.MaxValue
                : new DateTimeOffset(local, offset);
            return true;
        }

        return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out instant);
    }
}
