using System.Text;
using Microsoft.Data.Sqlite;

namespace DienHong.Engine.Tests.Durability;

/// <summary>Reads the engine's tables with plain SQL (not through the store) to compare database states.</summary>
public static class DatabaseDump
{
    private static readonly string[] Queries =
    [
        "SELECT * FROM instances ORDER BY id",
        "SELECT * FROM bookmarks ORDER BY id",
        "SELECT * FROM journal ORDER BY instance_id, seq",
        "SELECT * FROM incidents ORDER BY id",
    ];

    /// <summary>Every row of instances, bookmarks, journal and incidents, one line per row.</summary>
    public static string Of(string databasePath)
    {
        using var connection = Open(databasePath);
        var text = new StringBuilder();
        foreach (var sql in Queries)
        {
            text.AppendLine(sql);
            using var command = connection.CreateCommand();
            command.CommandText = sql;
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                for (var i = 0; i < reader.FieldCount; i++)
                {
                    text.Append(reader.GetName(i)).Append('=').Append(reader.IsDBNull(i) ? "NULL" : Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture)).Append('|');
                }

                text.AppendLine();
            }
        }

        return text.ToString();
    }

    /// <summary>Runs one statement on the file and returns how many rows it changed.</summary>
    public static int Execute(string databasePath, string sql, params (string Name, object? Value)[] parameters)
    {
        using var connection = Open(databasePath);
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        }

        return command.ExecuteNonQuery();
    }

    public static long Count(string databasePath, string sql)
    {
        using var connection = Open(databasePath);
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static SqliteConnection Open(string databasePath)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = databasePath, Pooling = false }.ToString());
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA busy_timeout=10000;";
        command.ExecuteNonQuery();
        return connection;
    }
}
