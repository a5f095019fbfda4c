using System.Globalization;
using Npgsql;

namespace DienHong.Persistence.Postgres;

/// <summary>One statement on a pooled connection, with positional parameters <c>@p0</c>, <c>@p1</c>, ... (null binds SQL NULL).</summary>
internal static class PostgresStatements
{
    public static NpgsqlBatchCommand Command(string sql, params object?[] values)
    {
        var command = new NpgsqlBatchCommand(sql);
        for (var i = 0; i < values.Length; i++)
        {
            command.Parameters.Add(new NpgsqlParameter("p" + i.ToString(CultureInfo.InvariantCulture), values[i] ?? DBNull.Value));
        }

        return command;
    }

    public static async ValueTask<List<T>> QueryAsync<T>(PostgresDatabase database, string sql, Func<NpgsqlDataReader, T> read, CancellationToken cancellationToken, params object?[] values)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var batch = new NpgsqlBatch(connection) { BatchCommands = { Command(sql, values) } };
        await using var reader = await batch.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var rows = new List<T>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            rows.Add(read(reader));
        }

        return rows;
    }

    public static async ValueTask<int> ExecuteAsync(PostgresDatabase database, string sql, CancellationToken cancellationToken, params object?[] values)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var batch = new NpgsqlBatch(connection) { BatchCommands = { Command(sql, values) } };
        return await batch.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }
}
