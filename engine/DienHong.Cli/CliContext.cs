using System.CommandLine;
using DienHong.Calendar;
using DienHong.Cli.Resources;

namespace DienHong.Cli;

/// <summary>
/// What every command shares (ngữ cảnh dòng lệnh): where it writes (people's text and JSON on <see cref="Out"/>,
/// problems on <see cref="Error"/>) and the <c>--calendars</c> folder its deadlines are counted with.
/// </summary>
public sealed class CliContext(TextWriter output, TextWriter error)
{
    public TextWriter Out { get; } = output;

    public TextWriter Error { get; } = error;

    /// <summary><c>--calendars &lt;folder&gt;</c>: the official holiday files; by default the workspace's <c>workflows/calendars</c>.</summary>
    public Option<string> Calendars { get; } = new("--calendars") { Description = CliMessages.CalendarsOption, Recursive = true, HelpName = "folder" };

    /// <summary>
    /// The Vietnam days off of the chosen folder. A file whose year is unclear is a warning here; a bad year file
    /// throws its <see cref="CalendarFileException"/> only when a command reads that year.
    /// </summary>
    public VietnamCalendar DaysOff(ParseResult parse)
    {
        var calendar = VietnamCalendar.Load(parse.GetValue(Calendars));
        foreach (var problem in calendar.Problems.Except(calendar.BrokenYears.Values))
        {
            Error.WriteLine(CliApp.F(CliMessages.Warning, problem.Message));
        }

        return calendar;
    }

    /// <summary>The deadline calculator on <see cref="DaysOff"/>, in Vietnam's time zone.</summary>
    public WorkingCalendar Calendar(ParseResult parse) => new(WorkingCalendar.VietnamTimeZone, DaysOff(parse));
}
