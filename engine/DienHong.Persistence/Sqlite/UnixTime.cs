namespace DienHong.Persistence.Sqlite;

/// <summary>Times are stored as Unix milliseconds: compact, and ordered correctly by the due-time indexes.</summary>
internal static class UnixTime
{
    public static long ToMs(DateTimeOffset t) => t.ToUnixTimeMilliseconds();

    public static object ToDb(DateTimeOffset? t) => t is { } v ? v.ToUnixTimeMilliseconds() : DBNull.Value;

    public static DateTimeOffset FromMs(long ms) => DateTimeOffset.FromUnixTimeMilliseconds(ms);
}
