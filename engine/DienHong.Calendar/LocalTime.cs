using System.Globalization;

namespace DienHong.Calendar;

/// <summary>
/// Reads a date or date-time written by people or given by an expression (thời điểm theo giờ địa phương): one written
/// without a UTC offset (<c>2027-02-01T06:30:00</c>, or a date <c>2027-02-01</c>, its midnight) is a time of the
/// given zone, Vietnam's in DienHong, never the machine's zone or UTC; one with an offset is taken as written.
/// </summary>
public static class LocalTime
{
    public static bool TryParse(string? text, TimeZoneInfo zone, out DateTimeOffset instant)
    {
        instant = default;
        if (!DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var local))
        {
            return false;
        }

        if (local.Kind != DateTimeKind.Unspecified)
        {
            return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out instant);
        }

        var offset = zone.GetUtcOffset(local);

        // At the very ends of DateTime the offset cannot be applied; the clamped value still fails every range check.
        instant = local.Year <= 1 && local < DateTime.MinValue + offset ? DateTimeOffset.MinValue
            : local.Year >= 9999 && local > DateTime.MaxValue - offset ? DateTimeOffset.MaxValue
            : new DateTimeOffset(local, offset);
        return true;
    }
}
