using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using DienHong.Calendar;

namespace DienHong.Simulation;

/// <summary>JSON and time formatting (định dạng) shared by the scenario runner and the command line.</summary>
public static class SimulationJson
{
    public static JsonSerializerOptions Options { get; } = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    };

    /// <summary>The same on one line, for values printed inside text.</summary>
    public static JsonSerializerOptions CompactOptions { get; } = new(Options) { WriteIndented = false };

    /// <summary>An instant in Asia/Ho_Chi_Minh as ISO 8601, e.g. <c>2027-02-01T08:00:00+07:00</c>.</summary>
    public static string Iso(DateTimeOffset instant) =>
        TimeZoneInfo.ConvertTime(instant, WorkingCalendar.VietnamTimeZone).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);

    /// <summary>The last day a due instant allows, in Asia/Ho_Chi_Minh: a deadline at 24:00 belongs to the day before midnight.</summary>
    public static DateOnly DueDate(DateTimeOffset due) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(due.AddTicks(-1), WorkingCalendar.VietnamTimeZone).DateTime);
}
