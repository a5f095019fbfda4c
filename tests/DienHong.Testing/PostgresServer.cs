using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;
using Xunit;

namespace DienHong.Testing;

/// <summary>
/// A real PostgreSQL server for the tests: the one named by <c>DIENHONG_TEST_POSTGRES</c> (a connection string, as
/// <c>.ci/run</c> sets), or else a private server started here from the installed binaries (initdb into a temporary
/// folder with trust authentication, listening on 127.0.0.1 on a free port with its socket in that folder), stopped
/// and deleted on dispose. Tests that use it are marked <see cref="PostgresFactAttribute"/>: skipped with the reason on
/// a machine without PostgreSQL, failing with the reason below in CI.
/// </summary>
public sealed class PostgresServer : IAsyncLifetime
{
    public const string EnvironmentVariable = "DIENHONG_TEST_POSTGRES";
    private const string DatabaseName = "dienhong_test";
    private const string ServiceUser = "postgres";

    private readonly List<string> schemas = [];
    private readonly List<string> databases = [];
    private string? folder;
    private string? binaries;

    /// <summary>The connection string of the test database.</summary>
    public string ConnectionString { get; private set; } = "";

    /// <summary>
    /// A private server with PostgreSQL's default durability (fsync on), for measurements; the tests' servers run with
    /// fsync off, which only speeds them up.
    /// </summary>
    public bool Durable { get; init; }

    /// <summary>Whether this fixture started (and will stop) its own server (with room for 300 connections: the two-node tests run several pools at once).</summary>
    public bool IsPrivate => folder is not null;

    /// <summary>A new Hangfire schema name, so tests running at once never take each other's jobs; dropped on dispose.</summary>
    public string NewSchema()
    {
        var schema = "hangfire_" + Guid.NewGuid().ToString("N")[..12];
        lock (schemas)
        {
            schemas.Add(schema);
        }

        return schema;
    }

    public async Task InitializeAsync()
    {
        var configured = Environment.GetEnvironmentVariable(EnvironmentVariable);
        if (!string.IsNullOrWhiteSpace(configured))
        {
            ConnectionString = configured;
            await CheckReachableAsync($"{EnvironmentVariable} is set but its server does not answer");
            return;
        }

        binaries = PostgresBinaries.Find();
        if (binaries is null)
        {
            // The tests themselves are skipped with the reason; in CI a missing server is a failure.
            if (TestServices.Required)
            {
                throw new InvalidOperationException(TestServices.PostgresMissing);
            }

            return;
        }

        folder = Directory.CreateTempSubdirectory("dienhong-pg-").FullName;
        var asRoot = Environment.UserName == "root";
        if (asRoot)
        {
            await RunAsync("chown", false, $"{ServiceUser}:{ServiceUser}", folder);
        }

        var data = Path.Combine(folder, "data");
        var port = FreePort();
        await RunAsync(Path.Combine(binaries, "initdb"), asRoot, "-D", data, "-U", ServiceUser, "--auth=trust", "-E", "UTF8", "--locale=C.UTF-8");
        await RunAsync(Path.Combine(binaries, "pg_ctl"), asRoot, "-D", data, "-l", Path.Combine(folder, "server.log"), "-w",
            "-o", $"-c listen_addresses=127.0.0.1 -p {port} -k {folder}{(Durable ? "" : " -c fsync=off")} -c max_connections=300", "start");
        var server = $"Host=127.0.0.1;Port={port};Username={ServiceUser}";
        await using (var connection = new NpgsqlConnection(server + ";Database=postgres"))
        {
            await connection.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE {DatabaseName}", connection);
            await create.ExecuteNonQueryAsync();
        }

        ConnectionString = $"{server};Database={DatabaseName}";
        await CheckReachableAsync("the private PostgreSQL server started but its database does not answer");
    }

    public async Task DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        if (folder is null)
        {
            await DropAsync(schemas, schema => $"DROP SCHEMA IF EXISTS \"{schema}\" CASCADE");
            await DropAsync(databases, name => $"DROP DATABASE IF EXISTS {name} WITH (FORCE)");
            return;
        }

        try
        {
            await RunAsync(Path.Combine(binaries!, "pg_ctl"), Environment.UserName == "root", "-D", Path.Combine(folder, "data"), "-m", "immediate", "-w", "stop");
        }
        finally
        {
            try
            {
                Directory.Delete(folder, true);
            }
            catch (IOException)
            {
                // Left to the OS's temporary folder cleaning.
            }
        }
    }

    /// <summary>
    /// A new empty database on the server (its connection string), so tests that write the engine's tables never
    /// share one; dropped on dispose.
    /// </summary>
    public async Task<string> NewDatabaseAsync()
    {
        var name = "dh_" + Guid.NewGuid().ToString("N")[..12];
        await using (var connection = new NpgsqlConnection(ConnectionString))
        {
            await connection.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
            await create.ExecuteNonQueryAsync();
        }

        lock (databases)
        {
            databases.Add(name);
        }

        return new NpgsqlConnectionStringBuilder(ConnectionString) { Database = name }.ConnectionString;
    }

    /// <summary>How many tables the schema has (Hangfire creates its own when it starts).</summary>
    public async Task<long> TableCountAsync(string schema)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var count = new NpgsqlCommand("SELECT count(*) FROM information_schema.tables WHERE table_schema = @schema", connection);
        count.Parameters.AddWithValue("schema", schema);
        return (long)(await count.ExecuteScalarAsync())!;
    }

    /// <summary>Runs <paramref name="drop"/> for each name made by this fixture in <paramref name="made"/>.</summary>
    private async Task DropAsync(List<string> made, Func<string, string> drop)
    {
        string[] created;
        lock (made)
        {
            created = [.. made];
        }

        if (created.Length == 0 || string.IsNullOrEmpty(ConnectionString))
        {
            return;
        }

        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        foreach (var name in created)
        {
            await using var command = new NpgsqlCommand(drop(name), connection);
            await command.ExecuteNonQueryAsync();
        }
    }

    private async Task CheckReachableAsync(string problem)
    {
        try
        {
            await using var connection = new NpgsqlConnection(ConnectionString);
            await connection.OpenAsync();
            await using var select = new NpgsqlCommand("SELECT 1", connection);
            await select.ExecuteScalarAsync();
        }
        catch (Exception e) when (e is NpgsqlException or SocketException or TimeoutException)
        {
            throw new InvalidOperationException($"{problem} ({ConnectionString}): {e.Message}", e);
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>Runs a program to its end (as the postgres user when <paramref name="asServiceUser"/>: initdb refuses root).</summary>
    private static async Task RunAsync(string program, bool asServiceUser, params string[] arguments)
    {
        var start = new ProcessStartInfo(asServiceUser ? "runuser" : program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        if (asServiceUser)
        {
            foreach (var prefix in new[] { "-u", ServiceUser, "--", program })
            {
                start.ArgumentList.Add(prefix);
            }
        }

        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {program}.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException(
                $"{program} {string.Join(' ', arguments)} exited with {process.ExitCode}: {await error}{await output}");
        }
    }
}
