using DienHong.Testing;
using Npgsql;
using Shouldly;

namespace DienHong.Cli.Tests;

/// <summary>
/// The journal commands on PostgreSQL (<c>--postgres</c> with <c>--keys</c>): the same audit as on a SQLite file,
/// through the builder, on a database <c>migrate-store</c> filled.
/// </summary>
public sealed class PostgresJournalCommandTests(PostgresServer server) : IClassFixture<PostgresServer>, IDisposable
{
    private readonly TempFolder temp = new();

    [PostgresFact]
    public async Task Anchor_export_and_verify_on_postgres_then_an_edited_entry_is_named()
    {
        var db = Path.Combine(temp.Path, "dienhong.db");
        (await Cli.RunAsync("simulate", Path.Combine(Cli.Samples("scenarios"), "salary-increase.scenario.json"), "--keep-db", db)).Exit.ShouldBe(0);
        var target = await server.NewDatabaseAsync();
        (await Cli.RunAsync("migrate-store", "--from", db, "--to", target)).Exit.ShouldBe(0);
        var keys = Path.Combine(temp.Path, "dienhong.keys");
        var kept = Path.Combine(temp.Path, "audit", "anchors.json");

        var anchor = await Cli.RunAsync("journal", "anchor", "--postgres", target, "--keys", keys);
        var export = await Cli.RunAsync("journal", "anchors", "export", "--postgres", target, "--keys", keys, "--out", kept);
        var verify = await Cli.RunAsync("journal", "verify", "--postgres", target, "--keys", keys, "--anchors", kept);

        anchor.Exit.ShouldBe(0, anchor.Out + anchor.Error);
        anchor.Out.ShouldContain("Anchor 1 recorded");
        export.Exit.ShouldBe(0, export.Out + export.Error);
        export.Out.ShouldContain("1 anchor(s) written");
        verify.Exit.ShouldBe(0, verify.Out + verify.Error);
        verify.Out.ShouldContain("Checked against 1 anchor(s).");
        verify.Out.ShouldContain("1 instance(s)");

        var instance = await ExecuteAsync(target, "UPDATE journal SET actor = 'mallory' WHERE seq = 2 RETURNING instance_id");
        var broken = await Cli.RunAsync("journal", "verify", "--postgres", target, "--keys", keys, "--json");

        broken.Exit.ShouldBe(1);
        var found = broken.Json().GetProperty("discrepancies").EnumerateArray().Select(d => (d.GetProperty("kind").GetString(), d.GetProperty("instance").GetString(), d.GetProperty("entry").GetInt64())).ToList();
        found.ShouldBe([("ChainBroken", instance, 2L)]);
        (await Cli.RunAsync("journal", "anchor", "--postgres", target, "--keys", keys)).Exit.ShouldBe(1);
    }

    [Fact]
    public async Task Postgres_without_keys_or_unreachable_is_one_clear_line_and_exit_2()
    {
        var noKeys = await Cli.RunAsync("journal", "verify", "--postgres", "Host=127.0.0.1");
        var malformed = await Cli.RunAsync("journal", "verify", "--postgres", "Host=x;Nonsense=1", "--keys", Path.Combine(temp.Path, "k.keys"));
        var unreachable = await Cli.RunViAsync("journal", "verify", "--postgres", "Host=127.0.0.1;Port=1;Timeout=2", "--keys", Path.Combine(temp.Path, "k.keys"));

        noKeys.Exit.ShouldBe(2);
        noKeys.Error.ShouldContain("--postgres: give the key file");
        malformed.Exit.ShouldBe(2);
        malformed.Error.ShouldContain("--postgres: not a PostgreSQL connection string");
        unreachable.Exit.ShouldBe(2);
        unreachable.Error.ShouldContain("127.0.0.1:1/: không dùng được cơ sở dữ liệu PostgreSQL");
        new[] { noKeys, malformed, unreachable }.ShouldAllBe(r => !r.Error.Contains("   at "));
    }

    public void Dispose() => temp.Dispose();

    private static async Task<string> ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return (string)(await command.ExecuteScalarAsync())!;
    }
}
