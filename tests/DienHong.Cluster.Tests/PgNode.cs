using System.Text.Json.Nodes;
using DienHong.Engine;
using DienHong.Engine.Audit;
using DienHong.Engine.Catalog;
using DienHong.Engine.Runtime;
using DienHong.Engine.Storage;
using DienHong.Persistence;
using DienHong.Persistence.Postgres;
using DienHong.Workflows.Activities;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Npgsql;

namespace DienHong.Cluster.Tests;

/// <summary>
/// An engine on a PostgreSQL database, in this process: a node of its own (its own pool, writer, lock session), so
/// two of them on one database behave as two nodes. Dispose checks that the database verifies unless a test
/// tampered with it.
/// </summary>
public sealed class PgNode : IAsyncDisposable
{
    private readonly ServiceProvider provider;

    private PgNode(string connectionString, string keyFile, FakeTimeProvider clock)
    {
        ConnectionString = connectionString;
        KeyFile = keyFile;
        Clock = clock;
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(clock);
        services.AddDienHongEngine(null, typeof(HumanTaskActivity).Assembly);
        services.AddDienHongPostgres(connectionString, keyFile);
        provider = services.BuildServiceProvider();
    }

    public string ConnectionString { get; }

    public string KeyFile { get; }

    public FakeTimeProvider Clock { get; }

    public bool Tampered { get; set; }

    public IServiceProvider Services => provider;

    public WorkflowEngine Engine => provider.GetRequiredService<WorkflowEngine>();

    public IWorkflowStore Store => provider.GetRequiredService<IWorkflowStore>();

    public PostgresDatabase Database => provider.GetRequiredService<PostgresDatabase>();

    public IJournalAudit Audit => provider.GetRequiredService<IJournalAudit>();

    public DefinitionCatalog Definitions => provider.GetRequiredService<DefinitionCatalog>();

    /// <summary>A node on a new database of <paramref name="server"/>, with a new key file; the clock at Monday 1 February 2027, 08:00 in Hanoi.</summary>
    public static async Task<PgNode> CreateAsync(DienHong.Testing.PostgresServer server)
    {
        var keys = Path.Combine(Directory.CreateTempSubdirectory("dienhong-pg-keys-").FullName, "dienhong.keys");
        // A small pool: the test server's 100 connections are shared by every node and test assembly running at once.
        var database = new NpgsqlConnectionStringBuilder(await server.NewDatabaseAsync()) { MaxPoolSize = 16 }.ConnectionString;
        return await OpenAsync(database, keys, new FakeTimeProvider(new DateTimeOffset(2027, 2, 1, 8, 0, 0, TimeSpan.FromHours(7))));
    }

    public static async Task<PgNode> OpenAsync(string connectionString, string keyFile, FakeTimeProvider clock)
    {
        var node = new PgNode(connectionString, keyFile, clock);
        await node.Database.MigrateAsync();
        return node;
    }

    /// <summary>A second node on the same database and key file.</summary>
    public Task<PgNode> SecondNodeAsync() => OpenAsync(ConnectionString, KeyFile, Clock);

    public Task<StoredDefinition> PublishAsync(string json) => Definitions.ImportPublishedAsync(json);

    public Task<RunResult> StartAsync(string key, string? correlation = null) =>
        Engine.StartAsync(new StartRequest { DefinitionKey = key, CorrelationKey = correlation, Actor = "tester", Input = new JsonObject() });

    public async Task<long> CountAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }

    public async Task<IReadOnlyList<string>> InstanceIdsAsync()
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT id FROM instances", connection);
        await using var reader = await command.ExecuteReaderAsync();
        var ids = new List<string>();
        while (await reader.ReadAsync())
        {
            ids.Add(reader.GetString(0));
        }

        return ids;
    }

    public async Task<IReadOnlyList<(string Instance, string Bookmark)>> OpenBookmarksAsync(string node)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT instance_id, id FROM bookmarks WHERE node_id = @node", connection);
        command.Parameters.AddWithValue("node", node);
        await using var reader = await command.ExecuteReaderAsync();
        var open = new List<(string, string)>();
        while (await reader.ReadAsync())
        {
            open.Add((reader.GetString(0), reader.GetString(1)));
        }

        return open;
    }

    public async Task ExecuteAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    public async ValueTask DisposeAsync()
    {
        var verification = Tampered ? null : await Audit.VerifyAsync();
        await provider.DisposeAsync();
        if (verification is { IsIntact: false })
        {
            throw new InvalidOperationException("The engine wrote a database that does not verify: " + string.Join("; ", verification.Discrepancies));
        }
    }
}
