using Hangfire;
using Hangfire.PostgreSql;
using Hangfire.PostgreSql.Factories;
using Hangfire.Storage.SQLite;

namespace DienHong.Scheduling;

/// <summary>
/// Where Hangfire keeps its jobs (kho tác vụ). Give exactly one of <see cref="SqlitePath"/> (one node, the default
/// beside the engine database) or <see cref="PostgresConnectionString"/> (several nodes sharing one storage).
/// </summary>
/// <remarks>
/// This chooses the <b>job</b> storage only; <see cref="HangfireBuilderExtensions.UseHangfire"/> takes it from the
/// engine's database (several nodes need both on PostgreSQL).
/// </remarks>
public sealed class HangfireStorageOptions
{
    /// <summary>The default PostgreSQL schema of Hangfire's tables.</summary>
    public const string DefaultPostgresSchema = "hangfire";

    /// <summary>A Hangfire.Storage.SQLite file, e.g. <c>hangfire.db</c> beside the engine database. One process only.</summary>
    public string? SqlitePath { get; init; }

    /// <summary>An Npgsql connection string; Hangfire.PostgreSql creates its tables in <see cref="PostgresSchema"/>.</summary>
    public string? PostgresConnectionString { get; init; }

    /// <summary>The schema of Hangfire's tables on PostgreSQL (created if missing).</summary>
    public string PostgresSchema { get; init; } = DefaultPostgresSchema;

    /// <summary>How often idle workers look for enqueued jobs. About 1 s so a due timer runs promptly.</summary>
    public TimeSpan QueuePollInterval { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>
    /// PostgreSQL only: how long a job fetched by a server that stopped answering (killed, cut off) stays invisible
    /// before another server runs it. Hangfire.PostgreSql's default (30 minutes) when null.
    /// </summary>
    public TimeSpan? InvisibilityTimeout { get; init; }

    /// <summary>
    /// PostgreSQL only: how old a distributed lock (e.g. the one the server that moves due jobs to the queue holds)
    /// must be before it is cleared as left by a dead server. Hangfire.PostgreSql's default (10 minutes) when null.
    /// </summary>
    public TimeSpan? DistributedLockTimeout { get; init; }

    /// <summary>Whether the PostgreSQL storage is the one chosen.</summary>
    public bool UsesPostgres => !string.IsNullOrWhiteSpace(PostgresConnectionString);

    /// <summary>SQLite job storage at <paramref name="path"/>.</summary>
    public static HangfireStorageOptions Sqlite(string path) => new() { SqlitePath = path };

    /// <summary>PostgreSQL job storage on <paramref name="connectionString"/>.</summary>
    public static HangfireStorageOptions Postgres(string connectionString, string schema = DefaultPostgresSchema) =>
        new() { PostgresConnectionString = connectionString, PostgresSchema = schema };

    /// <summary>Throws unless exactly one storage is given and the poll interval is positive.</summary>
    public void Validate()
    {
        var sqlite = !string.IsNullOrWhiteSpace(SqlitePath);
        if (sqlite == UsesPostgres)
        {
            throw new ArgumentException("Hangfire storage: give exactly one of SqlitePath or PostgresConnectionString.");
        }

        if (QueuePollInterval <= TimeSpan.Zero)
        {
            throw new ArgumentException("Hangfire storage: QueuePollInterval must be positive.");
        }

        if (UsesPostgres && string.IsNullOrWhiteSpace(PostgresSchema))
        {
            throw new ArgumentException("Hangfire storage: PostgresSchema must not be empty.");
        }
    }

    /// <summary>
    /// Creates the storage. SQLite: creates the file's folder. PostgreSQL: creates or upgrades the schema
    /// (<c>PrepareSchemaIfNecessary</c>), so the database must be reachable.
    /// </summary>
    public JobStorage CreateStorage()
    {
        Validate();
        if (UsesPostgres)
        {
            var options = new PostgreSqlStorageOptions
            {
                SchemaName = PostgresSchema,
                PrepareSchemaIfNecessary = true,
                QueuePollInterval = QueuePollInterval,
                UseSlidingInvisibilityTimeout = true,
            };
            if (InvisibilityTimeout is { } timeout)
            {
                options.InvisibilityTimeout = timeout;
            }

            if (DistributedLockTimeout is { } lockTimeout)
            {
                options.DistributedLockTimeout = lockTimeout;
            }

            return new PostgreSqlStorage(new NpgsqlConnectionFactory(PostgresConnectionString!, options), options);
        }

        var path = Path.GetFullPath(SqlitePath!);
        if (Path.GetDirectoryName(path) is { Length: > 0 } folder)
        {
            Directory.CreateDirectory(folder);
        }

        return new SQLiteStorage(path, new SQLiteStorageOptions { QueuePollInterval = QueuePollInterval });
    }
}
