using System.Collections.ObjectModel;
using DienHong.Calendar.Resources;

namespace DienHong.Calendar;

/// <summary>
/// Vietnam's working calendar (lịch làm việc, ngày nghỉ lễ): the official yearly schedule files where they exist,
/// <see cref="VietnamHolidayRules"/> for every other year.
/// </summary>
/// <remarks>
/// The rules cannot know the Tết span, the day next to 2/9 or the swapped Saturdays the Government picks each year
/// (Labour Code Art. 112.3), so an administrator keeps one file per announced year in <c>workflows/calendars</c>;
/// see <see cref="OfficialYearSchedule"/> for the format and exactly what a file overrides. A file that cannot be
/// used breaks its own year only: asking about a day of that year throws its <see cref="CalendarFileException"/>
/// (a deadline is never silently counted by the rules instead), and every other year works.
/// </remarks>
public sealed class VietnamCalendar : IDaySource
{
    /// <summary>The folder, relative to a workspace root, that holds the <c>vn-&lt;year&gt;.json</c> files.</summary>
    public static readonly string WorkspaceFolder = Path.Combine("workflows", "calendars");

    /// <summary>The folder next to the assembly the build copies the files into, for a published tool.</summary>
    public const string OutputFolder = "calendars";

    private readonly Dictionary<int, IReadOnlyDictionary<DateOnly, DayInfo>> tables;
    private readonly Dictionary<int, CalendarFileException> brokenYears = [];
    private volatile IReadOnlyDictionary<DateOnly, DayInfo> announced = new Dictionary<DateOnly, DayInfo>();

    public VietnamCalendar(IEnumerable<OfficialYearSchedule> officialYears, VietnamHolidayRules? rules = null)
        : this(officialYears, [], rules)
    {
    }

    /// <summary>A calendar with official years and the files that could not be used (<see cref="Problems"/>).</summary>
    public VietnamCalendar(IEnumerable<OfficialYearSchedule> officialYears, IEnumerable<CalendarFileException> problems, VietnamHolidayRules? rules = null)
    {
        var years = new Dictionary<int, OfficialYearSchedule>();
        foreach (var schedule in officialYears)
        {
            if (!years.TryAdd(schedule.Year, schedule))
            {
                throw new ArgumentException($"Two official schedules for {schedule.Year}.", nameof(officialYears));
            }
        }

        OfficialYears = new ReadOnlyDictionary<int, OfficialYearSchedule>(years);
        Rules = rules ?? new VietnamHolidayRules();
        tables = years.ToDictionary(y => y.Key, y => y.Value.Table());
        Problems = problems.ToList();
        foreach (var problem in Problems)
        {
            if (problem.FilePath is not null && OfficialScheduleFile.YearOfFileName(problem.FilePath) is { } year)
            {
                brokenYears.TryAdd(year, problem);
            }
        }
    }

    /// <summary>The schedule files that could not be used, each naming the file and the problem.</summary>
    public IReadOnlyList<CalendarFileException> Problems { get; }

    /// <summary>The years whose file could not be used; any question about one of their days throws the problem.</summary>
    public IReadOnlyDictionary<int, CalendarFileException> BrokenYears => brokenYears;

    /// <summary>The years the official files cover.</summary>
    public IReadOnlyDictionary<int, OfficialYearSchedule> OfficialYears { get; }

    /// <summary>The computed fallback used for the other years.</summary>
    public VietnamHolidayRules Rules { get; }

    /// <summary>
    /// Days announced after the files were read (ngày nghỉ, ngày làm bù công bố thêm): each overrides whatever the file
    /// or the rules say of its day, as a file's <see cref="OfficialYearSchedule.DaysOff"/> and <see cref="OfficialYearSchedule.WorkingDays"/> do.
    /// </summary>
    public IReadOnlyDictionary<DateOnly, DayInfo> Announced => announced;

    /// <summary>Replaces the announced days in one step: a deadline counted meanwhile sees the old set or the new one.</summary>
    public void Announce(IEnumerable<DayInfo> days) => announced = days.ToDictionary(d => d.Date);

    /// <summary>
    /// Reads every <c>vn-*.json</c> of <paramref name="calendarsFolder"/>, or of <see cref="FindCalendarsFolder"/>
    /// when null (rules only if none is found). A file that cannot be used (malformed, not named
    /// <c>vn-YYYY.json</c>, a folder) is kept in <see cref="Problems"/> and breaks its own year only. A folder that
    /// does not exist, or is a file, throws <see cref="CalendarFileException"/>.
    /// </summary>
    public static VietnamCalendar Load(string? calendarsFolder = null)
    {
        var folder = calendarsFolder ?? FindCalendarsFolder();
        if (folder is null)
        {
            return new VietnamCalendar([]);
        }

        if (!Directory.Exists(folder))
        {
            throw new CalendarFileException(folder, File.Exists(folder) ? CalendarMessages.NotAFolder : CalendarMessages.FolderMissing);
        }

        var schedules = new List<OfficialYearSchedule>();
        var problems = new List<CalendarFileException>();
        foreach (var path in Directory.EnumerateFileSystemEntries(folder, "vn-*.json").Order(StringComparer.Ordinal))
        {
            try
            {
                schedules.Add(OfficialScheduleFile.YearOfFileName(path) is null
                    ? throw new CalendarFileException(path, CalendarMessages.NotNamed)
                    : OfficialYearSchedule.Load(path));
            }
            catch (CalendarFileException e)
            {
                problems.Add(e);
            }
        }

        return new VietnamCalendar(schedules, problems);
    }

    /// <summary>The deadline calculator for Vietnam: <see cref="Load"/> in the <c>Asia/Ho_Chi_Minh</c> zone.</summary>
    public static WorkingCalendar Create(string? calendarsFolder) => new(WorkingCalendar.VietnamTimeZone, Load(calendarsFolder));

    /// <summary>
    /// The default calendars folder: the first <c>workflows/calendars</c> found walking up from
    /// <paramref name="startDirectory"/> (default <see cref="AppContext.BaseDirectory"/>), so a run inside a
    /// workspace sees the administrator's current files; else the <c>calendars</c> copy next to the assembly; else null.
    /// </summary>
    public static string? FindCalendarsFolder(string? startDirectory = null)
    {
        var start = startDirectory ?? AppContext.BaseDirectory;
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, WorkspaceFolder);
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        var shipped = Path.Combine(start, OutputFolder);
        return Directory.Exists(shipped) ? shipped : null;
    }

    public DayInfo Describe(DateOnly date)
    {
        ThrowIfBroken(date.Year);
        return announced.TryGetValue(date, out var day) ? day
            : tables.TryGetValue(date.Year, out var table) ? HolidayListing.Describe(date, table) : Rules.Describe(date);
    }

    /// <summary>The non-working days of a year with their reasons, in date order; plain weekends only when asked for.</summary>
    public IReadOnlyList<DayInfo> Holidays(int year, bool includeWeekends = false)
    {
        ThrowIfBroken(year);
        var listed = tables.TryGetValue(year, out var table) ? HolidayListing.Year(year, includeWeekends, table) : Rules.Holidays(year, includeWeekends);
        var days = announced;
        var ofYear = days.Values.Where(d => d.Date.Year == year).ToList();
        return ofYear.Count == 0
            ? listed
            : [.. listed.Where(d => !days.ContainsKey(d.Date)).Concat(ofYear.Where(d => !d.IsWorkingDay)).OrderBy(d => d.Date)];
    }

    /// <summary>Whether <paramref name="year"/> comes from an official file that is not marked provisional.</summary>
    public bool IsConfirmed(int year) => OfficialYears.TryGetValue(year, out var schedule) && !schedule.Provisional;

    /// <summary>Whether <paramref name="year"/> comes from an official file still marked provisional (dự kiến).</summary>
    public bool IsProvisional(int year) => OfficialYears.TryGetValue(year, out var schedule) && schedule.Provisional;

    private void ThrowIfBroken(int year)
    {
        if (brokenYears.TryGetValue(year, out var problem))
        {
            throw problem;
        }
    }
}
