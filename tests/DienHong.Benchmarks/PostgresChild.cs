using System.Diagnostics;
using DienHong.Calendar;
using DienHong.Engine;
using DienHong.Engine.Catalog;
using DienHong.Engine.Hosting;
using DienHong.Engine.Runtime;
using DienHong.Persistence;
using DienHong.Persistence.Postgres;
using DienHong.Workflows.Activities;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace DienHong.Benchmarks;

/// <summary>
/// DienHong on PostgreSQL, the same scenario as <see cref="DienHongChild"/>, on a fresh database of the server the
/// parent gives. <see cref="TwoNodes"/> runs half the instances here and half in a second node process
/// (<see cref="SecondNode"/>) on the same database and key file, both starting together after their warm-ups; its
/// wall time runs until both halves are done and its CPU time is both processes'.
/// </summary>
public static class PostgresChild
{
    public const string OneNode = "dienhong-pg";
    public const string TwoNodes = "dienhong-pg-2nodes";
    public const string SecondNode = "dienhong-pg-node";

    public static bool IsPostgres(string peer) => peer.StartsWith(OneNode, StringComparison.Ordinal);

    public static async Task<ChildResult> RunAsync(Options options, int nodes)
    {
        var database = await NewDatabaseAsync(options.Postgres!);
        var folder = Directory.CreateTempSubdirectory("dienhong-bench-pg-").FullName;
        var keys = Path.Combine(folder, "dienhong.keys");
        try
        {
            await using var provider = await NodeAsync(database, keys);
            await provider.GetRequiredService<DefinitionCatalog>().ImportPublishedAsync(SalaryDefinition.Json);
            var engine = provider.GetRequiredService<WorkflowEngine>();
            var breakdown = new Breakdown(options.Breakdown);
            var warmedUp = await WarmUp.RunAsync(options, n => Driver.RunAsync(n, options.Concurrency, _ => DienHongChild.OneAsync(engine, breakdown)));
            breakdown.Reset();
            using var second = nodes == 2 ? await StartSecondAsync(options, database, keys) : null;

            var server = await PostgresMeter.StartAsync(database);
            var meter = new Meter(warmedUp);
            second?.StandardInput.WriteLine("go");
            var mine = nodes == 2 ? options.N / 2 : options.N;
            await Driver.RunAsync(mine, options.Concurrency, _ => DienHongChild.OneAsync(engine, breakdown));
            var other = second is null ? null : await OtherHalfAsync(second);
            var result = meter.Stop(nodes == 2 ? TwoNodes : OneNode, options.N) with { Note = await server.StopAsync(options.N) };
            if (other is not null)
            {
                result = result with { CpuUsPerInstance = result.CpuUsPerInstance + (other.CpuUsPerInstance * other.N / options.N), Note = Join("two node processes, half the instances each; CPU is both processes'", result.Note) };
            }

            result = result with { Note = Join(result.Note, breakdown.Describe(mine)) };
            return await Meter.RetainedAsync(result, options.Suspended, m => Driver.RunAsync(m, options.Concurrency, _ => DienHongChild.StartOnlyAsync(engine)));
        }
        finally
        {
            await DropDatabaseAsync(options.Postgres!, database);
            Directory.Delete(folder, true);
        }
    }

    /// <summary>The second node: warms up, says READY, waits for a line on its input, runs its half and prints its result.</summary>
    public static async Task<ChildResult> SecondNodeAsync(Options options)
    {
        await using var provider = await NodeAsync(options.Postgres!, options.Keys!);
        var engine = provider.GetRequiredService<WorkflowEngine>();
        var breakdown = new Breakdown(false);
        var warmedUp = await WarmUp.RunAsync(options, n => Driver.RunAsync(n, options.Concurrency, _ => DienHongChild.OneAsync(engine, breakdown)));
        Console.WriteLine("READY");
        await Console.In.ReadLineAsync();
        var meter = new Meter(warmedUp);
        await Driver.RunAsync(options.N, options.Concurrency, _ => DienHongChild.OneAsync(engine, breakdown));
        return meter.Stop(SecondNode, options.N);
    }

    private static async Task<ServiceProvider> NodeAsync(string connectionString, string keys)
    {
        var services = new ServiceCollection();
        services.AddDienHong(o => o.UsePostgres(connectionString).UseKeyring(keys).UseCalendar(WorkingCalendar.Weekdays).AddAssemblies(typeof(HumanTaskActivity).Assembly));
        var provider = services.BuildServiceProvider();
        await provider.StartDienHongAsync();
        return provider;
    }

    private static async Task<Process> StartSecondAsync(Options options, string database, string keys)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardInput = true, UseShellExecute = false };
        foreach (var a in new[] { typeof(PostgresChild).Assembly.Location, "--child", SecondNode, "--n", (options.N / 2).ToString(System.Globalization.CultureInfo.InvariantCulture),
            "--concurrency", options.Concurrency.ToString(System.Globalization.CultureInfo.InvariantCulture), "--warmup", options.Warmup.ToString(System.Globalization.CultureInfo.InvariantCulture), "--warmup-rounds", options.WarmupRounds.ToString(System.Globalization.CultureInfo.InvariantCulture),
            "--postgres", database, "--keys", keys })
        {
            start.ArgumentList.Add(a);
        }

        var process = Process.Start(start)!;
        while (await process.StandardOutput.ReadLineAsync() is { } line)
        {
            if (line == "READY")
            {
                return process;
            }
        }

        throw new InvalidOperationException($"The second node ended before it was ready (exit {process.ExitCode}).");
    }

    private static async Task<ChildResult> OtherHalfAsync(Process second)
    {
        ChildResult? result = null;
        while (await second.StandardOutput.ReadLineAsync() is { } line)
        {
            result ??= ChildResult.Parse(line.Trim());
        }

        await second.WaitForExitAsync();
        return result ?? throw new InvalidOperationException($"The second node gave no result (exit {second.ExitCode}).");
    }

    private static string? Join(string? a, string? b) => a is null ? b : b is null ? a : a + "; " + b;

    private static async Task<string> NewDatabaseAsync(string server)
    {
        var name = "bench_" + Guid.NewGuid().ToString("N")[..12];
        await using var connection = new NpgsqlConnection(server);
        await connection.OpenAsync();
        await using var create = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
        await create.ExecuteNonQueryAsync();
        return new NpgsqlConnectionStringBuilder(server) { Database = name }.ConnectionString;
    }

    private static async Task DropDatabaseAsync(string server, string database)
    {
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(server);
        await connection.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {new NpgsqlConnectionStringBuilder(database).Database} WITH (FORCE)", connection);
        await drop.ExecuteNonQueryAsync();
    }
}
