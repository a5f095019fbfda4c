using DienHong.Persistence;
using DienHong.Persistence.Sqlite;
using Shouldly;
using Xunit;

namespace DienHong.Engine.Tests.Durability;

/// <summary>
/// Starting is always possible: one process owns a database file through an OS lock that dies with it, a second one
/// is told at once who holds it, and a start after a kill (even in the middle of a migration) neither hangs nor waits.
/// </summary>
public sealed class OwnershipTests : IDisposable
{
    private static readonly TimeSpan Promptly = TimeSpan.FromSeconds(30);
    private readonly string folder = Path.Combine(Path.GetTempPath(), "dienhong-tests", Guid.NewGuid().ToString("N"));

    public OwnershipTests() => Directory.CreateDirectory(folder);

    private string DatabasePath => Path.Combine(folder, "dienhong.db");

    [Fact]
    public async Task A_second_process_is_refused_at_once_and_told_the_owners_process_id()
    {
        using var owner = await ChildProcess.HoldAsync(DatabasePath);
        using var second = new SqliteDatabase(DatabasePath);

        var refused = await Should.ThrowAsync<DatabaseInUseException>(() => second.MigrateAsync().WaitAsync(Promptly));

        refused.HolderProcessId.ShouldBe(owner.Id);
        refused.Message.ShouldContain(DatabasePath);
        owner.Kill();
        await owner.WaitForExitAsync();
    }

    [Fact]
    public async Task A_start_after_a_kill_in_the_middle_of_a_migration_clears_the_stale_migration_lock()
    {
        using (var owner = await ChildProcess.HoldAsync(DatabasePath, migrating: true))
        {
            DatabaseDump.Count(DatabasePath, "SELECT count(*) FROM __EFMigrationsLock").ShouldBe(1);
            owner.Kill();
            await owner.WaitForExitAsync();
        }

        // Before the fix EF Core waited for the dead process's row forever.
        using var next = new SqliteDatabase(DatabasePath);
        var start = await next.MigrateAsync().WaitAsync(Promptly);

        start.ClearedStaleMigrationLock.ShouldBeTrue();
        DatabaseDump.Count(DatabasePath, "SELECT count(*) FROM __EFMigrationsLock").ShouldBe(0);
    }

    [Fact]
    public async Task The_owners_lock_dies_with_its_process_and_the_next_start_owns_the_file()
    {
        using (var owner = await ChildProcess.HoldAsync(DatabasePath))
        {
            owner.Kill();
            await owner.WaitForExitAsync();
        }

        using var next = new SqliteDatabase(DatabasePath);
        var start = await next.MigrateAsync().WaitAsync(Promptly);

        start.ClearedStaleMigrationLock.ShouldBeFalse();
        start.KeysCreated.ShouldBeFalse();
    }

    [Fact]
    public async Task Hosts_in_one_process_share_the_lock_and_the_last_to_close_releases_it()
    {
        var first = new SqliteDatabase(DatabasePath);
        await first.MigrateAsync();
        using (var second = new SqliteDatabase(DatabasePath))
        {
            await second.MigrateAsync();
        }

        first.Dispose();
        using var owner = await ChildProcess.HoldAsync(DatabasePath);
        owner.Kill();
        await owner.WaitForExitAsync();
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(folder, true);
    }
}
