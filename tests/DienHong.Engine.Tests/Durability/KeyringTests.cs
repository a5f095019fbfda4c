using System.Text;
using System.Text.Json;
using DienHong.Engine.Security;
using DienHong.Persistence;
using DienHong.Persistence.Sqlite;
using Shouldly;
using Xunit;

namespace DienHong.Engine.Tests.Durability;

/// <summary>
/// The keys live outside the database (dienhong.keys beside it, owner-only), are made at the first start, and a
/// start with the key file lost or swapped is refused with a clear reason instead of every seal failing later.
/// </summary>
public sealed class KeyringTests
{
    [Fact]
    public async Task The_first_start_makes_an_owner_only_key_file_beside_the_database_and_never_in_it()
    {
        await using var host = await TestHost.CreateAsync();
        await host.PublishAsync(Flows.TwoTasks());
        await host.StartAsync("two-tasks");
        var keyFile = Path.Combine(host.Folder, FileKeyring.DefaultFileName);

        File.Exists(keyFile).ShouldBeTrue();
        if (!OperatingSystem.IsWindows())
        {
            File.GetUnixFileMode(keyFile).ShouldBe(UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }

        using var document = JsonDocument.Parse(File.ReadAllText(keyFile));
        var master = document.RootElement.GetProperty("master").GetString()!;
        var files = Encoding.Latin1.GetString([.. new[] { host.DatabasePath, host.DatabasePath + "-wal" }.Where(File.Exists).SelectMany(File.ReadAllBytes)]);
        files.ShouldNotContain(master);
        files.ShouldNotContain(Convert.ToHexStringLower(Convert.FromBase64String(master)));
        files.ShouldContain(host.Get<IKeyring>().Id);
    }

    [Fact]
    public async Task A_start_without_the_key_file_or_with_other_keys_is_refused_and_changes_nothing()
    {
        await using var host = await TestHost.CreateAsync();
        await host.PublishAsync(Flows.TwoTasks());
        await host.StartAsync("two-tasks");
        var keyFile = Path.Combine(host.Folder, FileKeyring.DefaultFileName);
        var before = DatabaseDump.Of(host.DatabasePath);
        var saved = keyFile + ".saved";
        File.Move(keyFile, saved);

        using (var lost = new SqliteDatabase(host.DatabasePath))
        {
            var missing = await Should.ThrowAsync<KeyringException>(() => lost.MigrateAsync());
            missing.Problem.ShouldBe(KeyringProblem.Missing);
            missing.Location.ShouldBe(keyFile);
        }

        File.Exists(keyFile).ShouldBeFalse();
        using (var other = new FileKeyring(Path.Combine(host.Folder, "other.keys")))
        using (var swapped = new SqliteDatabase(host.DatabasePath, other))
        {
            other.EnsureCreated();
            (await Should.ThrowAsync<KeyringException>(() => swapped.MigrateAsync())).Problem.ShouldBe(KeyringProblem.WrongKeys);
        }

        DatabaseDump.Of(host.DatabasePath).ShouldBe(before);
        File.Move(saved, keyFile);
    }

    [Fact]
    public async Task A_database_from_before_seals_is_sealed_once_at_its_first_start_with_keys()
    {
        string folder;
        await using (var host = await TestHost.CreateAsync())
        {
            await host.PublishAsync(Flows.TwoTasks());
            var id = (await host.StartAsync("two-tasks")).InstanceId!;
            await host.CompleteAsync(id, "a", "Done");
            await host.StartAsync("two-tasks");
            folder = Path.Combine(Path.GetTempPath(), "dienhong-tests", Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(folder);
            DatabaseDump.Count(host.DatabasePath, "PRAGMA wal_checkpoint(TRUNCATE)");
            File.Copy(host.DatabasePath, Path.Combine(folder, "dienhong.db"));
        }

        // What a database written before this version looks like: no seals, no integrity record, no key file.
        var legacy = Path.Combine(folder, "dienhong.db");
        Tamper.Sql(legacy, "UPDATE instances SET seal = NULL");
        Tamper.Sql(legacy, "DELETE FROM integrity");
        try
        {
            using var database = new SqliteDatabase(legacy);
            var start = await database.MigrateAsync();

            start.KeysCreated.ShouldBeTrue();
            start.InstancesAdopted.ShouldBe(2);
            (await TestHost.VerifyAsync(database)).IsIntact.ShouldBeTrue();

            // Once keys exist, a record deleted from a database with instances is not adopted again.
            Tamper.Sql(legacy, "DELETE FROM integrity");
            using var again = new SqliteDatabase(legacy);
            await Should.ThrowAsync<DatabaseIntegrityException>(() => again.MigrateAsync());
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(folder, true);
        }
    }
}
