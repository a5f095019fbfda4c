using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace DienHong.Persistence.Sqlite;

/// <summary>
/// The embedded database file: opens connections with the engine's settings (WAL, synchronous=NORMAL, a busy
/// timeout) and applies the checked-in migrations at start.
/// </summary>
public sealed class SqliteDatabase
{
    public SqliteDatabase(string path)
    {
        Path = System.IO.Path.GetFullPath(path);
        ConnectionString = new SqliteConnectionStringBuilder { DataSource = Path, Cache = SqliteCacheMode.Private, Pooling = true }.ToString();
    }

    public string Path { get; }

    public string ConnectionString { get; }

    public DbContextOptions<DienHongDbContext> ContextOptions =>
        new DbContextOptionsBuilder<DienHongDbContext>().UseSqlite(ConnectionString).Options;

    public DienHongDbContext NewContext() => new(ContextOptions);

    /// <summary>Creates the file if needed, switches it to WAL and brings its schema up to date.</summary>
    public async Task MigrateAsync(CancellationToken cancellationToken = default)
    {
        var folder = System.IO.Path.GetDirectoryName(Path);
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }

        using (var connection = Open())
        {
            Execute(connection, "PRAGMA journal_mode=WAL;");
        }

        await using var context = NewContext();
        await context.Database.MigrateAsync(cancellationToken).ConfigureAwait(false);
    }

    public SqliteConnection Open()
    {
        var connection = new SqliteConnection(ConnectionString);
        connection.Open();
        // NORMAL is durable in WAL mode against a crash of the process; the WAL is synced at checkpoints.
        Execute(connection, "PRAGMA synchronous=NORMAL; PRAGMA busy_timeout=10000; PRAGMA temp_store=MEMORY;");
        return connection;
    }

    internal static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
