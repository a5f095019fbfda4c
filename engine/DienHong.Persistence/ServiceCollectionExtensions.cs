using DienHong.Engine.Audit;
using DienHong.Engine.Security;
using DienHong.Engine.Storage;
using DienHong.Persistence.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace DienHong.Persistence;

/// <summary>Registers the SQLite file store. Call <see cref="SqliteDatabase.MigrateAsync"/> once at start.</summary>
public static class ServiceCollectionExtensions
{
    /// <summary>
    /// The store on <paramref name="databasePath"/>, with its keys in <paramref name="keyFile"/> (default
    /// <c>dienhong.keys</c> beside the database; generated at the first start; back it up apart from the database).
    /// </summary>
    public static IServiceCollection AddDienHongSqlite(this IServiceCollection services, string databasePath, string? keyFile = null)
    {
        services.TryAddSingleton<IKeyring>(_ => new FileKeyring(keyFile ?? FileKeyring.BesideDatabase(databasePath)));
        services.AddSingleton(sp => new SqliteDatabase(databasePath, sp.GetRequiredService<IKeyring>()));
        services.AddSingleton<SqliteWorkflowStore>();
        services.AddSingleton<IWorkflowStore>(sp => sp.GetRequiredService<SqliteWorkflowStore>());
        services.AddSingleton<IWakeIndex, SqliteWakeIndex>();
        return services.AddReaders();
    }

    /// <summary>
    /// An existing database read without owning it (<see cref="SqliteDatabase.OpenReadOnly"/>): definitions, journal
    /// verify and anchors export work; the engine's store is not registered.
    /// </summary>
    public static IServiceCollection AddDienHongSqliteReadOnly(this IServiceCollection services, string databasePath, string? keyFile = null)
    {
        services.TryAddSingleton<IKeyring>(_ => new FileKeyring(keyFile ?? FileKeyring.BesideDatabase(databasePath)));
        services.AddSingleton(sp => SqliteDatabase.OpenReadOnly(databasePath, sp.GetRequiredService<IKeyring>()));
        return services.AddReaders();
    }

    /// <summary>The ports that read (and, for the owner, write definitions), and journal audit's reads and anchors.</summary>
    private static IServiceCollection AddReaders(this IServiceCollection services)
    {
        services.AddSingleton<IDefinitionStore, SqliteDefinitionStore>();
        services.AddSingleton<IJournalReader, SqliteJournalReader>();
        services.AddSingleton<ITaskQueries, SqliteTaskQueries>();
        services.AddSingleton<IInstanceQueries, SqliteInstanceQueries>();
        services.AddSingleton<IReportQueries, SqliteReportQueries>();
        services.AddSingleton<IDisclosureQueries, SqliteDisclosureQueries>();
        services.AddSingleton<IAuditStore>(sp => new SqliteAuditStore(sp.GetRequiredService<SqliteDatabase>()));
        return services;
    }
}
