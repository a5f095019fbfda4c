using DienHong.Engine.Activities;
using DienHong.Engine.Storage;
using DienHong.Persistence.Sqlite;
using Npgsql;

namespace DienHong.Persistence.Postgres;

/// <summary>Maps PostgreSQL rows to the engine's records, in the column order of <see cref="RowReader"/>'s lists.</summary>
internal static class PostgresRows
{
    public static InstanceRecord Instance(NpgsqlDataReader r) => new(
        r.GetString(0), r.GetString(1), r.GetString(2), r.GetInt32(3), Enum.Parse<InstanceStatus>(r.GetString(4)),
        Text(r, 5), Text(r, 6), Text(r, 7), r.GetString(8), r.GetString(9), r.GetInt64(10),
        r.GetString(11), r.GetInt64(12), UnixTime.FromMs(r.GetInt64(13)), UnixTime.FromMs(r.GetInt64(14)), Time(r, 15));

    public static BookmarkRecord Bookmark(NpgsqlDataReader r) => new(
        r.GetString(0), r.GetString(1), r.GetString(2), r.GetString(3), Enum.Parse<BookmarkKind>(r.GetString(4)),
        Text(r, 5), Text(r, 6), Time(r, 7), Time(r, 8), Text(r, 9), Text(r, 10), UnixTime.FromMs(r.GetInt64(11)));

    public static JournalEntry Entry(NpgsqlDataReader r) => Entry(r, 0);

    /// <summary>A journal row whose columns start at <paramref name="first"/>.</summary>
    public static JournalEntry Entry(NpgsqlDataReader r, int first) => new(
        r.GetString(first), r.GetInt64(first + 1), UnixTime.FromMs(r.GetInt64(first + 2)), Text(r, first + 3), r.GetString(first + 4),
        Text(r, first + 5), Text(r, first + 6), Text(r, first + 7), Text(r, first + 8), r.GetString(first + 9));

    public static StoredDefinition Definition(NpgsqlDataReader r) =>
        new(r.GetString(0), r.GetString(1), r.GetInt32(2), Enum.Parse<DefinitionStatus>(r.GetString(3)), r.GetString(4));

    public static string? Text(NpgsqlDataReader r, int i) => r.IsDBNull(i) ? null : r.GetString(i);

    public static DateTimeOffset? Time(NpgsqlDataReader r, int i) => r.IsDBNull(i) ? null : UnixTime.FromMs(r.GetInt64(i));

    public static byte[]? Blob(NpgsqlDataReader r, int i) => r.IsDBNull(i) ? null : r.GetFieldValue<byte[]>(i);

    public static long? Ms(DateTimeOffset? t) => t?.ToUnixTimeMilliseconds();
}
