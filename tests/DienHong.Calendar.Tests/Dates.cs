using System.Globalization;

namespace DienHong.Calendar.Tests;

internal static class Dates
{
    public static DateOnly D(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static IEnumerable<DateOnly> Range(string first, string last)
    {
        for (var date = D(first); date <= D(last); date = date.AddDays(1))
        {
            yield return date;
        }
    }

    /// <summary>9:00 in Hà Nội on that day.</summary>
    public static DateTimeOffset Morning(string iso) => new(D(iso).ToDateTime(new TimeOnly(9, 0)), TimeSpan.FromHours(7));
}
