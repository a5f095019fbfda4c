using System.Globalization;
using DienHong.Calendar;
using DienHong.Web.Resources;

namespace DienHong.Web.Application.Designer.Properties;

/// <summary>
/// When a duration ends (xem trước thời hạn) if its period starts on <see cref="From"/>: the last day, the instant it
/// ends, and the holidays it steps over (weekends are not named: every period skips them).
/// </summary>
public sealed record DurationPreview(DateOnly From, Duration Duration, DateOnly LastDay, DateTimeOffset Due, IReadOnlyList<LocalizedText> Holidays)
{
    /// <summary>"ends 24/02/2026 (skips Tết Nguyên đán)" in the reader's language; an hours period gives the time too.</summary>
    public string Describe(CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(culture);
        var end = Duration.Kind == DurationKind.Hours
            ? Due.ToString("dd/MM/yyyy HH:mm", CultureInfo.InvariantCulture)
            : LastDay.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);
        var ends = string.Format(culture, Text(nameof(DesignerPropertiesText.PreviewEnds), culture), end);
        return Holidays.Count == 0
            ? ends
            : string.Format(culture, Text(nameof(DesignerPropertiesText.PreviewSkips), culture), ends, string.Join(", ", Holidays.Select(h => h.For(culture.Name))));
    }

    private static string Text(string name, CultureInfo culture) => DesignerPropertiesText.ResourceManager.GetString(name, culture)!;
}
