using System.Net;
using System.Text.Json;
using DienHong.Server.Testing;
using DienHong.Testing;
using Npgsql;
using Shouldly;

namespace DienHong.Server.Tests;

/// <summary>
/// The server on PostgreSQL: the engine's store, the accounts and Hangfire's jobs all in the database, the keys and the
/// organisation in the data folder; the first start publishes the catalog and makes the demo once, a second start
/// reuses it all.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresStartTests(PostgresServer postgres) : IDisposable
{
    private readonly DataFolder folder = new();

    [PostgresFact]
    public async Task First_start_on_PostgreSQL_serves_cases_and_a_second_start_reuses_the_data()
    {
        var connectionString = await postgres.NewDatabaseAsync();
        var settings = new Dictionary<string, string?> { ["Database:Provider"] = "PostgreSQL", ["Database:ConnectionString"] = connectionString };
        string password;
        string caseId;
        await using (var first = new ServerFactory(folder.Path, settings).Started())
        {
            password = first.DemoPassword.ShouldNotBeNull();
            first.Output.ShouldContain("Regulation catalog: 11 published, 0 unchanged");
            File.Exists(folder.File("dienhong.keys")).ShouldBeTrue();
            File.Exists(folder.File("organization.json")).ShouldBeTrue();
            foreach (var file in new[] { "dienhong.db", "accounts.db", "hangfire.db" })
            {
                File.Exists(folder.File(file)).ShouldBeFalse(file);
            }

            var health = await first.CreateClient().GetAsync("/health").JsonAsync();
            var database = health.GetProperty("checks").GetProperty("database");
            database.String("status").ShouldBe("Healthy");
            database.GetProperty("data").String("provider").ShouldBe("PostgreSQL");
            health.GetProperty("checks").GetProperty("hangfire").String("status").ShouldNotBe("Unhealthy");

            var hr = await first.SignedInAsync("e0104", password);
            var started = await hr.PostJsonAsync("/api/v1/instances", Api.SalaryCase("E0110")).JsonAsync(HttpStatusCode.Created);
            caseId = started.String("id");
            var task = started.GetProperty("openTasks")[0].String("id");
            var submitted = await hr.PostJsonAsync($"/api/v1/tasks/{task}/complete", new { outcome = "Submitted" }).JsonAsync();
            submitted.GetProperty("openTasks").EnumerateArray().Single().String("nodeId").ShouldBe("head-decide");
        }

        (await CountAsync(connectionString, "SELECT count(*) FROM \"AspNetUsers\"")).ShouldBe(69);
        (await CountAsync(connectionString, "SELECT count(*) FROM information_schema.tables WHERE table_schema = 'hangfire'")).ShouldBeGreaterThan(0);

        await using var second = new ServerFactory(folder.Path, settings).Started();
        second.DemoPassword.ShouldBeNull();
        second.Output.ShouldContain("Regulation catalog: 0 published, 11 unchanged");
        second.Output.ShouldContain("accounts demo-password");
        var head = await second.SignedInAsync("e0101", password);
        var inbox = await head.GetAsync("/api/v1/tasks?scope=Groups").JsonAsync();
        var decision = inbox.GetProperty("items").EnumerateArray().Single(t => t.String("instanceId") == caseId);
        var approved = await head.PostJsonAsync($"/api/v1/tasks/{decision.String("id")}/complete", new { outcome = "Approve" }).JsonAsync();
        approved.GetProperty("openTasks").EnumerateArray().Single().String("nodeId").ShouldBe("publish");
    }

    [PostgresFact]
    public async Task A_role_the_server_refuses_stops_the_start_with_one_line_naming_the_reason()
    {
        // A missing database is created by the first start; a role the server does not know is a mistake to report.
        var stranger = new NpgsqlConnectionStringBuilder(await postgres.NewDatabaseAsync()) { Username = "no_such_role" };
        var (exit, _, error) = await ServerProcess.RunAsync(folder.Path, PostgresSettings(stranger.ConnectionString), TimeSpan.FromSeconds(60));
        exit.ShouldBe(2, error);
        var line = ConfigurationTests.OneLine(error);
        line.ShouldStartWith($"The PostgreSQL database '{stranger.Host}:{stranger.Port}/{stranger.Database}' cannot be used: ");
        line.ShouldContain("no_such_role");
    }

    public void Dispose() => folder.Dispose();

    private static Dictionary<string, string> PostgresSettings(string connectionString) => new()
    {
        ["Database__Provider"] = "PostgreSQL",
        ["Database__ConnectionString"] = connectionString,
        ["DienHong__DataFolder"] = "data",
    };

    internal static async Task<long> CountAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }
}
