using DienHong.Engine.Security;
using DienHong.Engine.Storage;
using DienHong.Persistence.Anchors;
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
        services.AddSingleton<DefinitionRepository>();
        services.AddSingleton<JournalVerifier>();
        services.AddSingleton<JournalAnchors>();
        services.AddSingleton(sp => new DienHongContexts(sp.GetRequiredService<SqliteDatabase>().NewContext));
        return services;
    }

    /// <summary>
    /// An existing database read without owning it (<see cref="SqliteDatabase.OpenReadOnly"/>): definitions, journal
    /// verify and anchors export work; the engine's store is not registered.
    /// </summary>
    public static IServiceCollection AddDienHongSqliteReadOnly(this IServiceCollection services, string databasePath, string? keyFile = null)
    {
        services.TryAddSingleton<IKeyring>(_ => new FileKeyring(keyFile ?? FileKeyring.BesideDatabase(databasePath)));
        services.AddSingleton(sp => SqliteDatabase.OpenReadOnly(databasePath, sp.GetRequiredService<IKeyring>()));
        services.AddSingleton<DefinitionRepository>();
        services.AddSingleton<JournalVerifier>();
        services.AddSingleton<JournalAnchors>();
        return services;
    }
}
