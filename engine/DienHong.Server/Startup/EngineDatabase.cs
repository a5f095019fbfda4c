using DienHong.Engine.Security;
using DienHong.Persistence;
using DienHong.Persistence.Postgres;
using DienHong.Persistence.Sqlite;
using Npgsql;

namespace DienHong.Server.Startup;

/// <summary>
/// The engine's database as the start sees it (cơ sở dữ liệu của bộ máy quy trình), whichever provider holds it: what
/// a message calls it (a file, or host/port/database without the password), its keys, and its migration.
/// </summary>
public sealed class EngineDatabase(string name, bool isPostgres, IKeyring keyring, Func<CancellationToken, Task<DatabaseStart>> migrate)
{
    public string Name { get; } = name;

    public bool IsPostgres { get; } = isPostgres;

    public IKeyring Keyring { get; } = keyring;

    public Task<DatabaseStart> MigrateAsync(CancellationToken cancellationToken) => migrate(cancellationToken);

    public static EngineDatabase Of(SqliteDatabase database) => new(database.Path, false, database.Keyring, database.MigrateAsync);

    public static EngineDatabase Of(PostgresDatabase database) => new(Describe(database.ConnectionString), true, database.Keyring, database.MigrateAsync);

    /// <summary>A PostgreSQL database named for a person: never the password a connection string may carry.</summary>
    public static string Describe(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        return $"{builder.Host}:{builder.Port}/{builder.Database ?? builder.Username}";
    }
}
