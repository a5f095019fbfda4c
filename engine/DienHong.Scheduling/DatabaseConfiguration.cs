using System.Globalization;
using DienHong.Engine.Security;
using DienHong.Persistence;
using DienHong.Persistence.Postgres;
using Hangfire;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace DienHong.Scheduling;

/// <summary>
/// The database from configuration (cấu hình cơ sở dữ liệu): <c>Database:Provider</c> switches the engine's store and
/// Hangfire's job storage together. <c>Sqlite</c> (the default): <c>Database:Path</c> (default
/// <c>.dienhong/dienhong.db</c>) and Hangfire in <c>hangfire.db</c> beside it, one node. <c>PostgreSQL</c>:
/// <c>Database:ConnectionString</c> for both (Hangfire's tables in <c>Database:HangfireSchema</c>, default
/// <c>hangfire</c>; <c>Database:HangfireInvisibilityTimeout</c>, e.g. <c>00:00:30</c>, is how soon a job a dead
/// node had fetched runs elsewhere, and <c>Database:HangfireLockTimeout</c> how soon a lock it held is cleared),
/// several nodes. <c>Database:KeyFile</c> is the key file (for PostgreSQL required: every node
/// needs a copy of the same file).
/// </summary>
public static class DatabaseConfiguration
{
    public const string Section = "Database";

    public static IServiceCollection AddDienHongDatabase(
        this IServiceCollection services, IConfiguration configuration, Action<BackgroundJobServerOptions>? configureServer = null)
    {
        var database = configuration.GetSection(Section);
        var provider = database["Provider"] ?? "Sqlite";
        var keyFile = database["KeyFile"];
        if (provider.Equals("PostgreSQL", StringComparison.OrdinalIgnoreCase) || provider.Equals("Postgres", StringComparison.OrdinalIgnoreCase))
        {
            var connectionString = database["ConnectionString"] is { Length: > 0 } cs ? cs
                : throw new InvalidOperationException("Database:Provider is PostgreSQL but Database:ConnectionString is not set.");
            services.AddDienHongPostgres(connectionString, keyFile is { Length: > 0 } k ? k
                : throw new InvalidOperationException($"Database:Provider is PostgreSQL but Database:KeyFile is not set: every node needs a copy of the same {FileKeyring.DefaultFileName}."));
            var storage = new HangfireStorageOptions
            {
                PostgresConnectionString = connectionString,
                PostgresSchema = database["HangfireSchema"] ?? HangfireStorageOptions.DefaultPostgresSchema,
                InvisibilityTimeout = Time(database["HangfireInvisibilityTimeout"]),
                DistributedLockTimeout = Time(database["HangfireLockTimeout"]),
            };
            return services.AddDienHongHangfire(storage, configureServer: configureServer);
        }

        if (!provider.Equals("Sqlite", StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidOperationException($"Database:Provider '{provider}' is not known: use Sqlite or PostgreSQL.");
        }

        var path = database["Path"] is { Length: > 0 } p ? p : Path.Combine(".dienhong", "dienhong.db");
        services.AddDienHongSqlite(path, keyFile);
        return services.AddDienHongHangfire(Path.Combine(Path.GetDirectoryName(Path.GetFullPath(path))!, "hangfire.db"), configureServer: configureServer);
    }

    private static TimeSpan? Time(string? text) => text is { Length: > 0 } t ? TimeSpan.Parse(t, CultureInfo.InvariantCulture) : null;
}
