using DienHong.Engine.Hosting;
using Hangfire;

namespace DienHong.Scheduling;

/// <summary>The scheduler on the builder: Hangfire's job storage follows the engine's database.</summary>
public static class HangfireBuilderExtensions
{
    /// <summary>
    /// Hangfire for every wake-up, its jobs kept where the engine's data is: with <c>Database:Provider = PostgreSQL</c>
    /// in the same PostgreSQL database (schema <c>hangfire</c>, several nodes), with SQLite in <c>hangfire.db</c> beside
    /// the database file (one node).
    /// </summary>
    public static DienHongBuilder UseHangfire(this DienHongBuilder builder, IEnumerable<string>? agencyIds = null, Action<BackgroundJobServerOptions>? configureServer = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddDienHongHangfire(JobStorageFor(builder.Options.Database), agencyIds, configureServer);
        return builder;
    }

    /// <summary>The job storage that goes with <paramref name="database"/>.</summary>
    public static HangfireStorageOptions JobStorageFor(DatabaseOptions database)
    {
        ArgumentNullException.ThrowIfNull(database);
        return database.Is(DatabaseOptions.PostgreSql)
            ? HangfireStorageOptions.Postgres(database.ConnectionString!)
            : HangfireStorageOptions.Sqlite(Path.Combine(Path.GetDirectoryName(Path.GetFullPath(database.Path!))!, "hangfire.db"));
    }
}
