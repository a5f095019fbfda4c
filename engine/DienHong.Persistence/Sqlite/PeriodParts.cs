using System.Globalization;
using System.Text;

namespace DienHong.Persistence.Sqlite;

/// <summary>The part of a cut report period a time column falls in, as SQL both stores read.</summary>
internal static class PeriodParts
{
    /// <summary>
    /// <c>CASE WHEN column &lt; cut THEN part ... END</c> over the cuts in Unix milliseconds, written out rather than
    /// bound (they are numbers, and the same cuts appear once per counted source); 0 with no cut.
    /// </summary>
    public static string Of(string column, IReadOnlyList<DateTimeOffset> cuts)
    {
        ArgumentNullException.ThrowIfNull(cuts);
        if (cuts.Count == 0)
        {
            return "0";
        }

        var sql = new StringBuilder("CASE");
        for (var i = 0; i < cuts.Count; i++)
        {
            sql.Append(CultureInfo.InvariantCulture, $" WHEN {column} < {UnixTime.ToMs(cuts[i])} THEN {i}");
        }

        return sql.Append(CultureInfo.InvariantCulture, $" ELSE {cuts.Count} END").ToString();
    }
}
