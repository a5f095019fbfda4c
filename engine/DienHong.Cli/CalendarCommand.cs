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
/// </summary>
public static class CalendarCommand
{
    public static Command Create(CliContext context)
    {
        var date = new Argument<string>("date") { Description = CliMessages.CalendarDateArgument };
        var amount = new Argument<int>("n") { Description = CliMessages.CalendarAmountArgument };
        var working = new Option<bool>("--working-days") { Description = CliMessages.WorkingDaysOption };
        var days = new Option<bool>("--days") { Description = CliMessages.DaysOption };
        var consecutive = new Option<bool>("--consecutive-days") { Description = CliMessages.ConsecutiveDaysOption };
        var explain = new Option<bool>("--explain") { Description = CliMessages.ExplainOption };
        var json = new Option<bool>("--json") { Description = CliMessages.JsonOption };
        var add = new Command("add", CliMessages.CalendarAddDescription) { date, amount, working, days, consecutive, explain, json };
        add.SetAction(parse =>
        {
            var kinds = new[] { (parse.GetValue(working), DurationKind.WorkingDays), (parse.GetValue(days), DurationKind.Days), (parse.GetValue(consecutive), DurationKind.ConsecutiveDays) }
                .Where(k => k.Item1).Select(k => k.Item2).ToList();
            return Add(context, parse.GetValue(date)!, parse.GetValue(amount), kinds, parse.GetValue(explain), parse.GetValue(json));
        });

        var year = new Argument<int>("year") { Description = CliMessages.CalendarYearArgument };
        var holidaysJson = new Option<bool>("--json") { Description = CliMessages.JsonOption };
        var holidays = new Command("holidays", CliMessages.CalendarHolidaysDescription) { year, holidaysJson };
        holidays.SetAction(parse => Holidays(context, parse.GetValue(year), parse.GetValue(holidaysJson)));
        return new Command("calendar", CliMessages.CalendarDescription) { Subcommands = { add, holidays } };
    }

    public static int Add(CliContext context, string date, int amount, IReadOnlyList<DurationKind> kinds, bool explain, bool json)
    {
        if (kinds.Count != 1 || amount < 0 || !DateOnly.TryParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            context.Error.WriteLine(CliMessages.CalendarAddUsage);
            return ExitCodes.BadInput;
        }

        var calendar = SimulationHost.Calendar;
        var start = new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), calendar.TimeZone.GetUtcOffset(day.ToDateTime(TimeOnly.MinValue)));
        var deadline = calendar.Add(start, new Duration(kinds[0], amount));
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

    public static int Holidays(CliContext context, int year, bool json)
    {
        if (year is < 1900 or > 2199)
        {
            context.Error.WriteLine(CliApp.F(CliMessages.YearOutOfRange, year));
            return ExitCodes.BadInput;
        }

        var days = VietnamCalendar.Load(VietnamCalendar.FindCalendarsFolder()).Holidays(year);
        if (json)
        {
            context.Out.WriteLine(JsonSerializer.Serialize(days.Select(d => new { date = Iso(d.Date), reason = Reason(d) }), SimulationJson.Options));
            return ExitCodes.Success;
        }

        foreach (var d in days)
        {
            context.Out.WriteLine($"{Iso(d.Date)}  {Reason(d)}");
        }

        return ExitCodes.Success;
    }

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Reason(DayInfo day) =>
        day.Reason?.For(CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "vi" ? "vi" : "en") ?? (day.Date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday ? CliMessages.Weekend : string.Empty);
}
