using DienHong.Calendar;

namespace DienHong.Simulation;

/// <summary>
/// Scenario times (thời điểm trong kịch bản): ISO 8601, and a time written without a UTC offset is Vietnam time
/// (Asia/Ho_Chi_Minh), whatever the machine's time zone; the same reading as the activities' dates.
/// </summary>
public static class VietnamTime
{
    public static bool TryParse(string? text, out DateTimeOffset instant) =>
        LocalTime.TryParse(text, WorkingCalendar.VietnamTimeZone, out instant);
}
