using Microsoft.Data.Sqlite;

namespace DienHong.Persistence.Sqlite;

/// <summary>One-off statements off the hot path (queries, definition writes): a pooled connection, prepared, bound by position.</summary>
internal static class Statements
{
    public static List<T> Query<T>(SqliteDatabase database, string sql, Func<RawRow, T> read, params object?[] values)
    {
        using var connection = database.Open();
        using var statement = new RawStatement(connection, sql);
        return statement.Query(read, values);
    }

    /// <summary>Runs a write as the database's owner and returns the rows it changed.</summary>
    public static int Execute(SqliteDatabase database, string sql, params object?[] values)
    {
        database.EnsureOwned();
        using var connection = database.Open();
        using var statement = new RawStatement(connection, sql);
        return statement.Execute(values);
    }
}
