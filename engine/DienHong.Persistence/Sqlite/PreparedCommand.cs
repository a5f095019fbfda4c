using Microsoft.Data.Sqlite;

namespace DienHong.Persistence.Sqlite;

/// <summary>A statement compiled once on its connection and bound anew for each use.</summary>
internal sealed class PreparedCommand : IDisposable
{
    private readonly SqliteCommand command;

    public PreparedCommand(SqliteConnection connection, string sql, int parameters)
    {
        command = connection.CreateCommand();
        command.CommandText = sql;
        for (var i = 0; i < parameters; i++)
        {
            command.Parameters.Add(new SqliteParameter("@p" + i, DBNull.Value));
        }

        command.Prepare();
    }

    public SqliteCommand Bind(params object?[] values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            command.Parameters[i].Value = values[i] ?? DBNull.Value;
        }

        return command;
    }

    public int Execute(params object?[] values) => Bind(values).ExecuteNonQuery();

    public void Dispose() => command.Dispose();
}
