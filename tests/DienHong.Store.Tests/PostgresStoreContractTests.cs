using DienHong.Engine.Hosting;
using DienHong.Persistence.Postgres;
using DienHong.Testing;
using Npgsql;

namespace DienHong.Store.Tests;

/// <summary>
/// The store contract on PostgreSQL: each test on a new database of the shared server, with a key file of its own,
/// its seals and chains checked by journal audit.
/// </summary>
[PostgresStore]
[Collection(PostgresCollection.Name)]
public sealed class PostgresStoreContractTests(PostgresServer server) : StoreContract, IAsyncLifetime
{
    private readonly string keys = Directory.CreateTempSubdirectory("dienhong-pg-store-").FullName;
    private string? connectionString;

    // The contract starts the store in its own InitializeAsync; the database it names must exist first.
    async Task IAsyncLifetime.InitializeAsync()
    {
        // A small pool: every test's database is on the one server.
        connectionString = new NpgsqlConnectionStringBuilder(await server.NewDatabaseAsync()) { MaxPoolSize = 8 }.ConnectionString;
        await InitializeAsync();
    }

    Task IAsyncLifetime.DisposeAsync() => DisposeAsync();

    protected override void UseStore(DienHongOptions options) =>
        options.UsePostgres(connectionString!).UseKeyring(Path.Combine(keys, "dienhong.keys"));

    protected override async Task<int> ExecuteOutsideTheEngineAsync(string sql, string instanceId)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddWithValue("id", instanceId);
        return await command.ExecuteNonQueryAsync();
    }

    /// <summary>Every value of every row of every table of the store, as text.</summary>
    protected override async Task<string> EverythingStoredAsync()
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        var text = new System.Text.StringBuilder();
        foreach (var table in new[] { "definitions", "instances", "bookmarks", "journal", "incidents", "integrity", "anchors" })
        {
            await using var command = new NpgsqlCommand($"SELECT * FROM {table}", connection);
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                for (var i = 0; i < reader.FieldCount; i++)
                {
                    text.Append(reader.GetValue(i) is byte[] bytes ? System.Text.Encoding.Latin1.GetString(bytes) : reader.GetValue(i).ToString()).Append('\n');
                }
            }
        }

        return text.ToString();
    }

    protected override ValueTask DeleteAsync()
    {
        Directory.Delete(keys, true);
        return ValueTask.CompletedTask;
    }
}
