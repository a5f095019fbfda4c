using DienHong.Persistence;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace DienHong.Store.Tests;

/// <summary>
/// The migration that gives bookmarks their case's agency (InboxByAgency) on a SQLite file made before it: the rows
/// already there get their instance's agency, and the inbox index exists for them.
/// </summary>
public sealed class InboxMigrationTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("dienhong-inbox-migration-").FullName;

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(folder, true);
    }

    [Fact]
    public async Task Bookmarks_written_before_the_migration_get_their_case_agency()
    {
        var connection = $"Data Source={Path.Combine(folder, "old.db")}";
        await using (var context = new DienHongDbContext(new DbContextOptionsBuilder<DienHongDbContext>().UseSqlite(connection).Options))
        {
            var migrations = context.Database.GetMigrations().ToList();
            var before = migrations[migrations.FindIndex(m => m.EndsWith("_InboxByAgency", StringComparison.Ordinal)) - 1];
            await context.GetService<IMigrator>().MigrateAsync(before);
            // Raw SQL takes {0}-style placeholders: the braces of the JSON are doubled.
            await context.Database.ExecuteSqlRawAsync("""
                INSERT INTO instances (id, definition_id, definition_key, definition_version, status, agency, variables, state, journal_seq, journal_hash, row_version, created_at, updated_at)
                VALUES ('i-a', 'd', 'k', 1, 'Running', 'agency-a', '{{}}', '{{}}', 0, '', 1, 0, 0), ('i-none', 'd', 'k', 1, 'Running', NULL, '{{}}', '{{}}', 0, '', 1, 0, 0);
                INSERT INTO bookmarks (id, instance_id, node_id, node_instance_id, kind, assignee, created_at)
                VALUES ('b-a', 'i-a', 'n', 'n#1', 'Task', 'role:hr', 0), ('b-none', 'i-none', 'n', 'n#1', 'Task', 'role:hr', 0);
                """);

            await context.Database.MigrateAsync();
        }

        await using var read = new SqliteConnection(connection);
        await read.OpenAsync();
        await using var agencies = read.CreateCommand();
        agencies.CommandText = "SELECT id, agency FROM bookmarks ORDER BY id";
        var rows = new List<(string, string?)>();
        await using (var reader = await agencies.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                rows.Add((reader.GetString(0), reader.IsDBNull(1) ? null : reader.GetString(1)));
            }
        }

        rows.ShouldBe([("b-a", "agency-a"), ("b-none", null)]);
        await using var index = read.CreateCommand();
        index.CommandText = "SELECT count(*) FROM sqlite_master WHERE type = 'index' AND name = 'IX_bookmarks_inbox'";
        ((long)(await index.ExecuteScalarAsync())!).ShouldBe(1);
    }
}
