using DienHong.Persistence;
using DienHong.Persistence.Sqlite;
using Microsoft.Data.Sqlite;
using Shouldly;
using Xunit;

namespace DienHong.Engine.Tests.Durability;

/// <summary>
/// A start asks the history table, not EF Core's model, whether the engine database is current: a new file and a file
/// missing one migration are still migrated, and a current one is left alone.
/// </summary>
public sealed class MigrationCheckTests : IDisposable
{
    private const string ActorIndex = "IX_journal_actor_instance_id";
    private readonly string folder = Path.Combine(Path.GetTempPath(), "dienhong-tests", Guid.NewGuid().ToString("N"));

    public MigrationCheckTests() => Directory.CreateDirectory(folder);

    private string DatabasePath => Path.Combine(folder, "dienhong.db");

    [Fact]
    public async Task A_new_file_is_behind_and_a_migrated_one_is_up_to_date()
    {
        using var database = new SqliteDatabase(DatabasePath);
        (await IsUpToDateAsync(database)).ShouldBeFalse();

        await database.MigrateAsync();

        (await IsUpToDateAsync(database)).ShouldBeTrue();
        DatabaseDump.Count(DatabasePath, $"SELECT count(*) FROM sqlite_master WHERE name = '{ActorIndex}'").ShouldBe(1);
    }

    [Fact]
    public async Task A_database_missing_one_migration_gets_it_at_the_next_start()
    {
        using (var first = new SqliteDatabase(DatabasePath))
        {
            await first.MigrateAsync();
            DatabaseDump.Execute(DatabasePath, $"DROP INDEX {ActorIndex}; DELETE FROM __EFMigrationsHistory WHERE MigrationId LIKE '%_JournalActorIndex'");
            (await IsUpToDateAsync(first)).ShouldBeFalse();
        }

        SqliteConnection.ClearAllPools();
        using var next = new SqliteDatabase(DatabasePath);
        await next.MigrateAsync();

        DatabaseDump.Count(DatabasePath, $"SELECT count(*) FROM sqlite_master WHERE name = '{ActorIndex}'").ShouldBe(1);
        (await IsUpToDateAsync(next)).ShouldBeTrue();
    }

    [Fact]
    public async Task An_assembly_without_the_contexts_migrations_never_counts_as_up_to_date()
    {
        using var database = new SqliteDatabase(DatabasePath);
        await database.MigrateAsync();
        await using var connection = database.Open();

        (await MigrationCheck.IsUpToDateAsync<DienHongDbContext>(connection, typeof(MigrationCheckTests).Assembly)).ShouldBeFalse();
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(folder, true);
    }

    private static async Task<bool> IsUpToDateAsync(SqliteDatabase database)
    {
        await using var connection = database.Open();
        return await MigrationCheck.IsUpToDateAsync<DienHongDbContext>(connection, typeof(DienHongDbContext).Assembly);
    }
}
