namespace DienHong.Calendar;

/// <summary>
/// One year's official holiday schedule (lịch nghỉ lễ, Tết chính thức), as the Government and the Ministry of Home
/// Affairs announce it: file <c>workflows/calendars/vn-&lt;year&gt;.json</c>.
/// </summary>
/// <remarks>
/// <para>Format (System.Text.Json, unknown properties rejected, comments allowed):</para>
/// <code>
/// {
///   "year": 2026,
///   "provisional": false,              // true while the year is pre-filled from the rules, not from a notice
///   "source": "TB 9441/TB-BNV",        // the notice the days come from
///   "note": "free text",
///   "daysOff":     [ { "date": "2026-02-14", "reason": { "vi": "Nghỉ Tết Nguyên đán", "en": "Lunar New Year" }, "note": "..." } ],
///   "workingDays": [ { "date": "2025-04-26", "reason": { "vi": "Làm bù ...", "en": "Working Saturday ..." } } ]
/// }
/// </code>
/// <para>A year with a file is: weekends, plus the fixed one-day holidays (<see cref="VietnamHolidayRules.FixedHolidays"/>:
/// 1/1, Giỗ Tổ, 30/4, 1/5, 2/9, 24/11 from 2026), plus <see cref="DaysOff"/>, minus <see cref="WorkingDays"/>.
/// The file replaces the rules' Tết span, 2/9 adjacent day and compensatory days: it must list them itself (and
/// must cover Tết, lunar 1/1). A day in <see cref="DaysOff"/> shows the file's reason even when it is also a
/// weekend or fixed holiday; a day in <see cref="WorkingDays"/> is worked whatever else it is.</para>
/// </remarks>
public sealed record OfficialYearSchedule(
    int Year,
    bool Provisional,
    string? Source,
    string? Note,
    IReadOnlyList<DayInfo> DaysOff,
    IReadOnlyList<DayInfo> WorkingDays)
{
    /// <summary>The file the schedule was read from, when it was.</summary>
    public string? FilePath { get; init; }

    /// <summary>Reads and checks a schedule file; a problem throws <see cref="CalendarFileException"/> naming the file.</summary>
    public static OfficialYearSchedule Load(string path) => OfficialScheduleFile.Load(path);

    /// <summary>Checks schedule JSON; <paramref name="fileName"/> names it in errors and, when it is <c>vn-YYYY.json</c>, must agree with <c>year</c>.</summary>
    public static OfficialYearSchedule Parse(string json, string fileName) => OfficialScheduleFile.Parse(json, fileName);

    /// <summary>The year as a day table: fixed holidays, overridden by the days off, overridden by the working days.</summary>
    internal IReadOnlyDictionary<DateOnly, DayInfo> Table()
    {
        var table = VietnamHolidayRules.FixedHolidays(Year).ToDictionary(d => d.Date);
        foreach (var day in DaysOff.Concat(WorkingDays))
        {
            table[day.Date] = day;
        }

        return table;
    }
}
