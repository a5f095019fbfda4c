using Hangfire;
using Hangfire.Storage.SQLite;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;
using Xunit;

namespace DienHong.Scheduling.Tests;

/// <summary>Choosing the job storage: exactly one of SQLite and PostgreSQL, and the SQLite default still works.</summary>
public sealed class HangfireStorageOptionsTests
{
    [Fact]
    public void Exactly_one_storage_must_be_given()
    {
        Should.Throw<ArgumentException>(() => new HangfireStorageOptions().Validate());
        Should.Throw<ArgumentException>(() => new HangfireStorageOptions { SqlitePath = "a.db", PostgresConnectionString = "Host=x" }.Validate());
        Should.Throw<ArgumentException>(() => new ServiceCollection().AddDienHongHangfire(new HangfireStorageOptions()));
        Should.Throw<ArgumentException>(() => new HangfireStorageOptions { PostgresConnectionString = "Host=x", PostgresSchema = " " }.Validate());
    }

    [Fact]
    public void The_postgres_registration_keeps_its_connection_string_and_schema()
    {
        var services = new ServiceCollection().AddDienHongHangfirePostgres("Host=127.0.0.1;Database=x", schema: "jobs");
        using var provider = services.BuildServiceProvider();

        var storage = provider.GetRequiredService<HangfireStorageOptions>();

        storage.UsesPostgres.ShouldBeTrue();
        storage.PostgresSchema.ShouldBe("jobs");
        storage.QueuePollInterval.ShouldBe(TimeSpan.FromSeconds(1));
        HangfireStorageOptions.Postgres("Host=x").PostgresSchema.ShouldBe("hangfire");
    }

    [Fact]
    public void The_sqlite_path_gives_sqlite_job_storage_beside_the_database()
    {
        var folder = Directory.CreateTempSubdirectory("dienhong-hangfire-").FullName;
        try
        {
            var services = new ServiceCollection().AddDienHongHangfire(Path.Combine(folder, "sub", "hangfire.db"));
            using var provider = services.BuildServiceProvider();

            provider.GetRequiredService<JobStorage>().ShouldBeOfType<SQLiteStorage>();
            provider.GetRequiredService<HangfireStorageOptions>().UsesPostgres.ShouldBeFalse();
            provider.GetRequiredService<BackgroundJobServerOptions>().SchedulePollingInterval.ShouldBe(TimeSpan.FromSeconds(1));
            File.Exists(Path.Combine(folder, "sub", "hangfire.db")).ShouldBeTrue();
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(folder, true);
        }
    }
}
