using System.Globalization;
using DienHong.Calendar;
using DienHong.Engine.Hosting;
using DienHong.Engine.Storage;
using DienHong.Persistence;
using DienHong.Persistence.Postgres;
using DienHong.Scheduling;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace DienHong.Store.Tests;

/// <summary>One builder for every host: configuration or code picks the store, and a missing part stops the start with one clear message.</summary>
public sealed class BuilderTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("dienhong-builder-").FullName;

    [Fact]
    public async Task Missing_parts_are_named_together_at_start()
    {
        await using var provider = Build(o => o.KeyFile = Path.Combine(folder, "no-such-folder", "dienhong.keys"));

        var refused = await Should.ThrowAsync<DienHongStartException>(() => provider.StartDienHongAsync());

        refused.Problems.Count.ShouldBe(3);
        refused.Message.ShouldStartWith("DienHong cannot start: no database is configured");
        refused.Message.ShouldContain("no working calendar is configured: call UseVietnamCalendar(folder) or UseCalendar(calendar)");
        refused.Message.ShouldContain($"the folder of the key file '{Path.Combine(folder, "no-such-folder", "dienhong.keys")}' does not exist");
    }

    [Fact]
    public async Task A_calendar_folder_that_does_not_exist_and_a_sqlite_store_without_a_path_are_refused()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = "Sqlite",
            ["Calendar:Folder"] = Path.Combine(folder, "calendars"),
        }).Build();
        await using var provider = Build(null, configuration);

        var refused = await Should.ThrowAsync<DienHongStartException>(() => provider.StartDienHongAsync());

        refused.Problems.ShouldBe([
            "Database:Provider is Sqlite but Database:Path is empty: give the path of the database file",
            $"the calendar folder '{Path.Combine(folder, "calendars")}' does not exist",
        ]);
    }

    [Fact]
    public async Task A_provider_no_assembly_serves_is_refused_by_name_in_vietnamese_too()
    {
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = new CultureInfo("vi");
        try
        {
            await using var provider = Build(o => o.UseStore("Oracle", null, "Data Source=x", false).UseCalendar(WorkingCalendar.Weekdays));

            var refused = await Should.ThrowAsync<DienHongStartException>(() => provider.StartDienHongAsync());

            refused.Message.ShouldStartWith("DienHong không khởi động được: không thư viện lưu trữ nào trong");
            refused.Message.ShouldContain("Database:Provider 'Oracle'");
            refused.Message.ShouldContain("Sqlite");
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }

    [Fact]
    public async Task A_postgres_store_without_a_key_file_is_refused_before_anything_is_written()
    {
        await using var provider = Build(o => o.UsePostgres("Host=127.0.0.1;Port=1;Database=none").UseCalendar(WorkingCalendar.Weekdays));

        var refused = await Should.ThrowAsync<DienHongStartException>(() => provider.StartDienHongAsync());

        refused.Problems.ShouldBe(["Database:Provider is PostgreSQL but no key file is set (Keys:File): every node needs a copy of the same dienhong.keys"]);
        provider.GetService<IWorkflowStore>().ShouldBeNull();
    }

    [Fact]
    public async Task Configuration_chooses_the_store_and_the_start_creates_it()
    {
        var database = Path.Combine(folder, "data", "dienhong.db");
        Directory.CreateDirectory(Path.GetDirectoryName(database)!);
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = "sqlite",
            ["Database:Path"] = database,
            ["Calendar:Folder"] = folder,
        }).Build();
        await using var provider = Build(null, configuration);

        await provider.StartDienHongAsync();

        File.Exists(database).ShouldBeTrue();
        File.Exists(Path.Combine(folder, "data", "dienhong.keys")).ShouldBeTrue();
        provider.GetRequiredService<IWorkflowStore>().ShouldNotBeNull();
        (await provider.GetRequiredService<IInstanceQueries>().ListAsync(new InstanceQuery())).Total.ShouldBe(0);
        provider.GetRequiredService<IWorkingCalendar>().ShouldBeOfType<WorkingCalendar>();
    }

    [Fact]
    public void Hangfire_keeps_its_jobs_where_the_engine_keeps_its_data()
    {
        var sqlite = new DatabaseOptions { Provider = "Sqlite", Path = Path.Combine(folder, "dienhong.db") };
        var postgres = new DatabaseOptions { Provider = "PostgreSQL", ConnectionString = "Host=db;Database=dienhong" };

        HangfireBuilderExtensions.JobStorageFor(sqlite).SqlitePath.ShouldBe(Path.Combine(folder, "hangfire.db"));
        HangfireBuilderExtensions.JobStorageFor(postgres).PostgresConnectionString.ShouldBe("Host=db;Database=dienhong");
        HangfireBuilderExtensions.JobStorageFor(postgres).UsesPostgres.ShouldBeTrue();
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(folder, true);
    }

    private static ServiceProvider Build(Action<DienHongOptions>? configure, IConfiguration? configuration = null)
    {
        var services = new ServiceCollection();
        services.AddDienHong(configure, configuration);
        return services.BuildServiceProvider();
    }
}
