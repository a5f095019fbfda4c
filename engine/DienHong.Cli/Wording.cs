using System.Globalization;
using DienHong.Calendar;
using DienHong.Cli.Resources;
using DienHong.Simulation;
using Humanizer;

namespace DienHong.Cli;

/// <summary>
/// Dates and counts for people (cách viết ngày và số lượng) in the chosen language: a deadline is the date of its last day
/// ("15/02/2027", "15 Feb 2027"), plurals follow the language rather than the machine's locale.
/// </summary>
internal static class Wording
{
    private static bool Vietnamese => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "vi";

    /// <summary>A date as people of the language write it.</summary>
    public static string Date(DateOnly date) =>
        Vietnamese ? date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture) : date.ToString("d MMM yyyy", CultureInfo.GetCultureInfo("en"));

    /// <summary>"15 Feb 2027 (3 working days left)": the last day a due instant allows, and how long is left or how late it is.</summary>
    public static string Due(DateTimeOffset due, DateTimeOffset? now, IWorkingCalendar calendar)
    {
        var date = Date(SimulationJson.DueDate(due));
        return now is null ? date : CliApp.F(CliMessages.DueOn, date, DeadlineText.Describe(due, now.Value, calendar, CultureInfo.CurrentUICulture));
    }

    /// <summary>"1 file", "2 files"; Vietnamese nouns do not change: "2 tệp".</summary>
    public static string Count(int count, string word) =>
        Vietnamese ? string.Create(CultureInfo.CurrentCulture, $"{count} {word}") : word.ToQuantity(count);
}
