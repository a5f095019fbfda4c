using DienHong.Testing;
using Npgsql;
using Shouldly;

namespace DienHong.Cli.Tests;

/// <summary><c>dienhong migrate-store</c>: a database made by <c>simulate --keep-db</c> moves to PostgreSQL and verifies there.</summary>
public sealed class MigrateStoreTests(PostgresServer server) : IClassFixture<PostgresServer>, IDisposable
{
    private readonly TempFolder temp = new();

    [PostgresFact]
    public async Task A_kept_simulation_database_is_copied_and_every_chain_seal_and_anchor_verifies_on_postgres()
    {
        var db = Path.Combine(temp.Path, "kept", "dienhong.db");
        var simulated = await Cli.RunAsync("simulate", Path.Combine(Cli.Samples("scenarios"), "salary-increase.scenario.json"), "--keep-db", db);
        simulated.Exit.ShouldBe(0, simulated.Out + simulated.Error);
        (await Cli.RunAsync("journal", "anchor", "--db", db)).Exit.ShouldBe(0);
        var target = await server.NewDatabaseAsync();

        var migrated = await Cli.RunAsync("migrate-store", "--from", db, "--to", target, "--batch", "3");

        migrated.Exit.ShouldBe(0, migrated.Out + migrated.Error);
        migrated.Out.ShouldContain("1 instances");
        migrated.Out.ShouldContain("Verified on the target: 1 instances");
        migrated.Out.ShouldContain("1 anchors checked");
        migrated.Error.ShouldContain("journal: 3 rows copied");
        var entries = await CountAsync(target, "SELECT count(*) FROM journal");
        migrated.Out.ShouldContain($"{entries} journal entries");
        entries.ShouldBeGreaterThan(3);
        (await CountAsync(target, "SELECT count(*) FROM definitions WHERE status = 'Published'")).ShouldBe(1);
    }

    [PostgresFact]
    public async Task A_target_that_holds_rows_is_refused_unless_forced_and_then_replaced()
    {
        var db = Path.Combine(temp.Path, "dienhong.db");
        (await Cli.RunAsync("simulate", Path.Combine(Cli.Samples("scenarios"), "salary-increase.scenario.json"), "--keep-db", db)).Exit.ShouldBe(0);
        var target = await server.NewDatabaseAsync();
        (await Cli.RunAsync("migrate-store", "--from", db, "--to", target)).Exit.ShouldBe(0);

        var again = await Cli.RunAsync("migrate-store", "--from", db, "--to", target);
        var forced = await Cli.RunViAsync("migrate-store", "--from", db, "--to", target, "--force");

        again.Exit.ShouldBe(2);
        again.Error.ShouldContain("the target database holds");
        again.Error.ShouldContain("Give --force to replace them");
        forced.Exit.ShouldBe(0, forced.Out + forced.Error);
        forced.Out.ShouldContain("Đã kiểm tra ở đích: 1 hồ sơ");
        (await CountAsync(target, "SELECT count(*) FROM instances")).ShouldBe(1);
    }

    [Fact]
    public async Task A_missing_or_malformed_target_is_one_clear_line_and_exit_2()
    {
        var db = Path.Combine(temp.Path, "dienhong.db");
        (await Cli.RunAsync("simulate", Path.Combine(Cli.Samples("scenarios"), "salary-increase.scenario.json"), "--keep-db", db)).Exit.ShouldBe(0);

        var missing = await Cli.RunAsync("migrate-store", "--from", db);
        var malformed = await Cli.RunAsync("migrate-store", "--from", db, "--to", "Host=x;Nonsense=1");
        var noSource = await Cli.RunAsync("migrate-store", "--from", Path.Combine(temp.Path, "none.db"), "--to", "Host=127.0.0.1");

        missing.Exit.ShouldBe(2);
        missing.Error.ShouldContain("--to: give the PostgreSQL connection string");
        malformed.Exit.ShouldBe(2);
        malformed.Error.ShouldContain("--to: not a PostgreSQL connection string");
        noSource.Exit.ShouldBe(2);
        noSource.Error.ShouldContain("none.db");
        new[] { missing, malformed, noSource }.ShouldAllBe(r => !r.Error.Contains("   at "));
    }

    public void Dispose() => temp.Dispose();

    private static async Task<long> CountAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
