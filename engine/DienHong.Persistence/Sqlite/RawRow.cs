using SQLitePCL;

namespace DienHong.Persistence.Sqlite;

/// <summary>The current row of a <see cref="RawStatement"/> query, read by column position.</summary>
internal readonly struct RawRow(sqlite3_stmt statement)
{
    public bool IsNull(int column) => raw.sqlite3_column_type(statement, column) == raw.SQLITE_NULL;

    public string GetString(int column) => raw.sqlite3_column_text(statement, column).utf8_to_string();

    public string? GetNullableString(int column) => IsNull(column) ? null : GetString(column);

    public long GetInt64(int column) => raw.sqlite3_column_int64(statement, column);

    public int GetInt32(int column) => raw.sqlite3_column_int(statement, column);

    public byte[]? GetNullableBlob(int column) => IsNull(column) ? null : raw.sqlite3_column_blob(statement, column).ToArray();

    public DateTimeOffset? GetNullableTime(int column) => IsNull(column) ? null : UnixTime.FromMs(GetInt64(column));
}
