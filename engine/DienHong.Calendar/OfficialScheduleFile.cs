using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.RegularExpressions;
using DienHong.Calendar.Resources;
using static DienHong.Calendar.Format;

namespace DienHong.Calendar;

/// <summary>Reading and checking <c>vn-&lt;year&gt;.json</c> (see <see cref="OfficialYearSchedule"/> for the format).</summary>
internal static partial class OfficialScheduleFile
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    public static OfficialYearSchedule Load(string path)
    {
        if (Directory.Exists(path))
        {
            throw new CalendarFileException(path, CalendarMessages.IsFolder);
        }

        string json;
        try
        {
            json = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new CalendarFileException(path, F(CalendarMessages.CannotRead, e.Message), e);
        }

        return Parse(json, path) with { FilePath = path };
    }

    public static OfficialYearSchedule Parse(string json, string fileName)
    {
        if (string.IsNullOrWhiteSpace(json))
        {
            throw new CalendarFileException(fileName, F(CalendarMessages.NotSchedule, JsonProblem.Empty));
        }

        if (JsonProblem.DuplicateKey(json) is { } duplicate)
        {
            throw new CalendarFileException(fileName, F(CalendarMessages.NotSchedule, duplicate));
        }

        FileModel? model;
        try
        {
            model = JsonSerializer.Deserialize<FileModel>(json, Options);
        }
        catch (JsonException e)
        {
            throw new CalendarFileException(fileName, F(CalendarMessages.NotSchedule, JsonProblem.Describe(e)), e);
        }

        if (model?.Year is not { } year)
        {
            throw new CalendarFileException(fileName, CalendarMessages.YearMissing);
        }

        if (YearOfFileName(fileName) is { } named && named != year)
        {
            throw new CalendarFileException(fileName, F(CalendarMessages.YearMismatch, year, named));
        }

        if (year is < VietnameseLunarCalendar.MinYear or > VietnameseLunarCalendar.MaxYear)
        {
            throw new CalendarFileException(fileName, F(CalendarMessages.YearOutOfRange, year, VietnameseLunarCalendar.MinYear, VietnameseLunarCalendar.MaxYear));
        }

        var daysOff = Days(model.DaysOff, "daysOff", isWorking: false, year, fileName);
        var workingDays = Days(model.WorkingDays, "workingDays", isWorking: true, year, fileName);
        var clash = daysOff.Select(d => d.Date).Intersect(workingDays.Select(d => d.Date)).ToList();
        if (clash.Count > 0)
        {
            throw new CalendarFileException(fileName, F(CalendarMessages.Clash, Iso(clash[0])));
        }

        // The file replaces the computed Tết span, so a file that forgot it would silently make Tết a working week.
        var tet = VietnameseLunarCalendar.NewYear(year);
        if (!daysOff.Any(d => d.Date == tet))
        {
            throw new CalendarFileException(fileName, F(CalendarMessages.NoTet, Iso(tet)));
        }

        return new OfficialYearSchedule(year, model.Provisional, model.Source, model.Note, daysOff, workingDays);
    }

    /// <summary>The year in a <c>vn-YYYY.json</c> name, or null for any other name.</summary>
    internal static int? YearOfFileName(string path)
    {
        var match = FileNamePattern().Match(Path.GetFileName(path));
        return match.Success ? int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture) : null;
    }

    private static List<DayInfo> Days(List<EntryModel?>? entries, string property, bool isWorking, int year, string fileName)
    {
        var days = new List<DayInfo>();
        for (var i = 0; i < (entries?.Count ?? 0); i++)
        {
            var where = $"\"{property}\"[{i}]";
            var entry = entries![i] ?? throw new CalendarFileException(fileName, F(CalendarMessages.EntryNull, where));
            if (!DateOnly.TryParseExact(entry.Date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                throw new CalendarFileException(fileName, F(CalendarMessages.EntryNotDate, where, entry.Date));
            }

            if (date.Year != year)
            {
                throw new CalendarFileException(fileName, F(CalendarMessages.EntryWrongYear, where, Iso(date), year));
            }

            if (string.IsNullOrWhiteSpace(entry.Reason?.Vi))
            {
                throw new CalendarFileException(fileName, F(CalendarMessages.EntryNoReason, where, Iso(date)));
            }

            if (days.Any(d => d.Date == date))
            {
                throw new CalendarFileException(fileName, F(CalendarMessages.EntryTwice, where, Iso(date)));
            }

            var reason = new LocalizedText(entry.Reason.Vi, string.IsNullOrWhiteSpace(entry.Reason.En) ? null : entry.Reason.En);
            days.Add(new DayInfo(date, isWorking, reason));
        }

        return days;
    }

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^vn-(\d{4})\.json$", RegexOptions.IgnoreCase)]
    private static partial Regex FileNamePattern();

    private sealed record FileModel(
        [property: JsonPropertyName("$schema")] string? Schema,
        int? Year,
        bool Provisional,
        string? Source,
        string? Note,
        List<EntryModel?>? DaysOff,
        List<EntryModel?>? WorkingDays);

    private sealed record EntryModel(string? Date, ReasonModel? Reason, string? Note);

    private sealed record ReasonModel(string? Vi, string? En);
}
