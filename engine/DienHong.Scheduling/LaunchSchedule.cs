using System.Globalization;
using System.Text.Json.Nodes;

namespace DienHong.Scheduling;

/// <summary>
/// The recurring launch (lịch khởi chạy định kỳ) a definition's Start node declares:
/// <c>"schedule": { "cron": "0 8 15 1 *", "timeZone": "Asia/Ho_Chi_Minh", "per": "agency" }</c>.
/// </summary>
public sealed record LaunchSchedule(string Cron, TimeZoneInfo TimeZone, bool PerAgency)
{
    /// <summary>The default time zone of a schedule: Vietnam.</summary>
    public const string DefaultTimeZone = "Asia/Ho_Chi_Minh";

    /// <summary>
    /// True when the cron fires once a year (a fixed day of a fixed month, any weekday): the period is the year;
    /// otherwise the period is the date of the occurrence.
    /// </summary>
    public bool IsYearly
    {
        get
        {
            var fields = Cron.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (fields.Length < 5)
            {
                return false;
            }

            var (dayOfMonth, month, dayOfWeek) = (fields[^3], fields[^2], fields[^1]);
            return int.TryParse(dayOfMonth, NumberStyles.None, CultureInfo.InvariantCulture, out _)
                && int.TryParse(month, NumberStyles.None, CultureInfo.InvariantCulture, out _)
                && dayOfWeek is "*" or "?";
        }
    }

    /// <summary>The period a launch at <paramref name="at"/> belongs to, in the schedule's time zone: "2027" or "2027-03-01".</summary>
    public string PeriodOf(DateTimeOffset at)
    {
        var local = TimeZoneInfo.ConvertTime(at, TimeZone);
        return IsYearly
            ? local.Year.ToString(CultureInfo.InvariantCulture)
            : local.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
    }

    /// <summary>Reads the schedule of the Start node of a definition's JSON; null when it has none.</summary>
    /// <exception cref="FormatException">The schedule is malformed (no cron, unknown time zone or <c>per</c>).</exception>
    public static LaunchSchedule? FromDefinition(string definitionJson)
    {
        var nodes = JsonNode.Parse(definitionJson)?["nodes"]?.AsArray() ?? [];
        var start = nodes.FirstOrDefault(n => n?["type"]?.GetValue<string>() == "Start");
        if (start?["schedule"] is not JsonObject schedule)
        {
            return null;
        }

        var cron = schedule["cron"]?.GetValue<string>();
        if (string.IsNullOrWhiteSpace(cron))
        {
            throw new FormatException("A Start schedule needs a 'cron' expression.");
        }

        var zoneId = schedule["timeZone"]?.GetValue<string>() ?? DefaultTimeZone;
        if (!TimeZoneInfo.TryFindSystemTimeZoneById(zoneId, out var zone))
        {
            throw new FormatException($"Unknown time zone '{zoneId}' in a Start schedule.");
        }

        var per = schedule["per"]?.GetValue<string>();
        if (per is not null and not "agency")
        {
            throw new FormatException($"Unknown 'per' value '{per}' in a Start schedule (only 'agency' is known).");
        }

        return new LaunchSchedule(cron.Trim(), zone, per is "agency");
    }
}
