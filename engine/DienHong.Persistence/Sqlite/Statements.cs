using Microsoft.Data.Sqlite;

namespace DienHong.Persistence.Sqlite;

/// <summary>One-off statements off the hot path (queries, definition writes): a pooled connection, prepared, bound by position.</summary>
internal static class Statements
{
    /// <summary>Test hook: the queries run in this async flow, with their values (to check their plans).</summary>
    internal static readonly AsyncLocal<List<(string Sql, object?[] Values)>?> Recorded = new();

    public static List<T> Query<T>(SqliteDatabase database, string sql, Func<RawRow, T> read, params object?[] values)
    {
        Recorded.Value?.Add((sql, values));
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
