using System.Globalization;

namespace DienHong.Web.Components.Reports;

/// <summary>How the reports page writes its numbers (định dạng số liệu) in the reader's language.</summary>
public static class ReportFormat
{
    /// <summary>
    /// A share as a percentage with at most one decimal: "98,5 %" in Vietnamese (decimal comma, a space before the
    /// sign, as Vietnamese typesetting writes it), "98.5%" in English.
    /// </summary>
    public static string Percent(double share, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(culture);
        var number = Math.Round(share * 100, 1, MidpointRounding.AwayFromZero).ToString("0.#", culture);
        return culture.TwoLetterISOLanguageName == "vi" ? number + " %" : number + "%";
    }

    /// <summary>A day as the reader writes it (dd/MM/yyyy in both languages of the app).</summary>
    public static string Day(DateOnly day, CultureInfo culture) => day.ToString("d", culture);
}
