using System.Globalization;

namespace DienHong.Persistence.Sqlite;

/// <summary>A keyset cursor (con trỏ trang): the sort key and id of the last row of a page, as an opaque text.</summary>
internal readonly record struct Keyset(long Sort, string Id)
{
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Sort}:{Id}");

    /// <summary>Reads a cursor this store gave; anything else is refused by name rather than read as a wrong page.</summary>
    public static Keyset? Parse(string? cursor)
    {
        if (cursor is null)
        {
            return null;
        }

        var colon = cursor.IndexOf(':', StringComparison.Ordinal);
        return colon > 0 && long.TryParse(cursor.AsSpan(0, colon), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var sort) && colon < cursor.Length - 1
            ? new Keyset(sort, cursor[(colon + 1)..])
            : throw new ArgumentException($"'{cursor}' is not a page cursor given by this store.", nameof(cursor));
    }
}
