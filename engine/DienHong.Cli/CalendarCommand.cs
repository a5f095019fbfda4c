using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using DienHong.Calendar;
using DienHong.Cli.Resources;
using DienHong.Simulation;

namespace DienHong.Cli;

/// <summary>
/// <c>dienhong calendar add &lt;date&gt; &lt;n&gt; --working-days|--days|--consecutive-days [--explain] [--json]</c> and
/// <c>dienhong calendar holidays &lt;year&gt; [--json]</c>: tính thời hạn và liệt kê ngày nghỉ theo lịch Việt Nam.
/// Years are those the lunar calendar covers (<see cref="VietnameseLunarCalendar.MinYear"/> to
/// <see cref="VietnameseLunarCalendar.MaxYear"/>); a wrong argument is named in the error.
/// </summary>
public static class CalendarCommand
{
    public static Command Create(CliContext context)
    {
        var date = new Argument<string>("date") { Description = CliMessages.CalendarDateArgument };
        var amount = new Argument<string>("n") { Description = CliMessages.CalendarAmountArgument };
        var working = new Option<bool>("--working-days") { Description = CliMessages.WorkingDaysOption };
        var days = new Option<bool>("--days") { Description = CliMessages.DaysOption };
        var consecutive = new Option<bool>("--consecutive-days") { Description = CliMessages.ConsecutiveDaysOption };
        var explain = new Option<bool>("--explain") { Description = CliMessages.ExplainOption };
        var json = new Option<bool>("--json") { Description = CliMessages.JsonOption };
        var add = new Command("add", CliMessages.CalendarAddDescription) { date, amount, working, days, consecutive, explain, json };
        add.SetAction(parse =>
        {
            var kinds = new[] { (working, DurationKind.WorkingDays), (days, DurationKind.Days), (consecutive, DurationKind.ConsecutiveDays) }
                .Where(k => parse.GetValue(k.Item1)).ToList();
            if (kinds.Count != 1)
            {
                throw new CliInputException(kinds.Count == 0
                    ? CliMessages.CalendarKindMissing
                    : CliApp.F(CliMessages.CalendarKindTwice, string.Join(", ", kinds.Select(k => k.Item1.Name))));
            }

            var (start, n) = (Date(parse.GetValue(date)!), Amount(parse.GetValue(amount)!));
            return Add(context, context.Calendar(parse), start, new Duration(kinds[0].Item2, n), parse.GetValue(explain), parse.GetValue(json));
        });

        var year = new Argument<string>("year") { Description = CliMessages.CalendarYearArgument };
        var holidaysJson = new Option<bool>("--json") { Description = CliMessages.JsonOption };
        var holidays = new Command("holidays", CliMessages.CalendarHolidaysDescription) { year, holidaysJson };
        holidays.SetAction(parse => Holidays(context, parse, Year(parse.GetValue(year)!), parse.GetValue(holidaysJson)));
        return new Command("calendar", CliMessages.CalendarDescription) { Subcommands = { add, holidays } };
    }

    private static int Add(CliContext context, WorkingCalendar calendar, DateOnly day, Duration duration, bool explain, bool json)
    {
        var start = new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), calendar.TimeZone.GetUtcOffset(day.ToDateTime(TimeOnly.MinValue)));
        Deadline deadline;
        try
        {
            deadline = calendar.Add(start, duration);
        }
        catch (ArgumentOutOfRangeException)
        {
            // The count ran past the last year the lunar calendar (and DateOnly) can tell.
            throw new CliInputException(CliApp.F(CliMessages.CalendarAmountTooFar, duration.Amount, Iso(day), VietnameseLunarCalendar.MaxYear));
        }

        var lines = deadline.SkippedDays.Select(d => CliApp.F(CliMessages.SkippedDay, Iso(d.Date), Reason(d))).ToList();
        if (deadline.RolledForward)
        {
            lines.Add(CliApp.F(CliMessages.RolledForward, Iso(deadline.LastDay)));
        }

        if (json)
        {
            context.Out.WriteLine(JsonSerializer.Serialize(new { start = Iso(day), result = Iso(deadline.LastDay), explain = lines }, SimulationJson.Options));
            return ExitCodes.Success;
        }

        context.Out.WriteLine(Iso(deadline.LastDay));
        if (explain)
        {
            foreach (var line in lines)
            {
                context.Out.WriteLine("  " + line);
            }
        }

        return ExitCodes.Success;
    }

    private static int Holidays(CliContext context, ParseResult parse, int year, bool json)
    {
        var calendar = context.DaysOff(parse);
        var days = calendar.Holidays(year);
        var provisional = calendar.IsProvisional(year);
        if (json)
        {
            context.Out.WriteLine(JsonSerializer.Serialize(days.Select(d => new { date = Iso(d.Date), reason = Reason(d), provisional }), SimulationJson.Options));
            return ExitCodes.Success;
        }

        foreach (var d in days)
        {
            context.Out.WriteLine(provisional ? $"{Iso(d.Date)}  {Reason(d)} {CliMessages.Provisional}" : $"{Iso(d.Date)}  {Reason(d)}");
        }

        return ExitCodes.Success;
    }

    private static DateOnly Date(string text)
    {
        if (!DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            throw new CliInputException(CliApp.F(CliMessages.CalendarDateInvalid, text));
        }

        return day.Year is < VietnameseLunarCalendar.MinYear or > VietnameseLunarCalendar.MaxYear
            ? throw new CliInputException(CliApp.F(CliMessages.CalendarDateOutOfRange, text, VietnameseLunarCalendar.MinYear, VietnameseLunarCalendar.MaxYear))
            : day;
    }

    private static int Amount(string text) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : throw new CliInputException(CliApp.F(CliMessages.CalendarAmountInvalid, text));

    private static int Year(string text) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year is >= VietnameseLunarCalendar.MinYear and <= VietnameseLunarCalendar.MaxYear
            ? year
            : throw new CliInputException(CliApp.F(CliMessages.YearInvalid, text, VietnameseLunarCalendar.MinYear, VietnameseLunarCalendar.MaxYear));

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Reason(DayInfo day) =>
        day.Reason?.For(CultureInfo.CurrentUICulture.TwoLetterISOLanguageName) ?? (day.Date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday ? CliMessages.Weekend : string.Empty);
}
