using DienHong.Engine.Storage;
using DienHong.Persistence.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace DienHong.Persistence;

/// <summary>Registers the SQLite file store. Call <see cref="SqliteDatabase.MigrateAsync"/> once at start.</summary>
public static class ServiceCollectionExtensions
{
    public static IServiceCollection AddDienHongSqlite(this IServiceCollection services, string databasePath)
    {
        services.AddSingleton(new SqliteDatabase(databasePath));
        services.AddSingleton<SqliteWorkflowStore>();
        services.AddSingleton<IWorkflowStore>(sp => sp.GetRequiredService<SqliteWorkflowStore>());
        services.AddSingleton<DefinitionRepository>();
        services.AddSingleton<JournalVerifier>();
        return services;
    }
}
