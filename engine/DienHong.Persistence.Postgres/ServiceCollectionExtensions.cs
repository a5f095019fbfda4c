using DienHong.Engine.Audit;
using DienHong.Engine.Runtime;
using DienHong.Engine.Security;
using DienHong.Engine.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace DienHong.Persistence.Postgres;

/// <summary>Registers the PostgreSQL store. <see cref="IStoreStartup"/> migrates it at start.</summary>
public static class ServiceCollectionExtensions
{
    /// <summary>
    /// The store on the PostgreSQL database of <paramref name="connectionString"/>, with its keys in
    /// <paramref name="keyFile"/> (generated at the first start; every node must use a copy of the same file; back it
    /// up apart from the database), the storage ports, and the per-instance lock across nodes in place of the in-process one.
    /// </summary>
    public static IServiceCollection AddDienHongPostgres(this IServiceCollection services, string connectionString, string keyFile)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        ArgumentException.ThrowIfNullOrWhiteSpace(keyFile);
        services.TryAddSingleton<IKeyring>(_ => new FileKeyring(keyFile));
        services.AddSingleton(sp => new PostgresDatabase(connectionString, sp.GetRequiredService<IKeyring>()));
        services.AddSingleton<PostgresWorkflowStore>();
        services.AddSingleton<IWorkflowStore>(sp => sp.GetRequiredService<PostgresWorkflowStore>());
        services.AddSingleton<IDefinitionStore, PostgresDefinitionStore>();
        services.AddSingleton<IJournalReader, PostgresJournalReader>();
        services.AddSingleton<IWakeIndex, PostgresWakeIndex>();
        services.AddSingleton<ITaskQueries, PostgresTaskQueries>();
        services.AddSingleton<IInstanceQueries, PostgresInstanceQueries>();
        services.AddSingleton<IReportQueries, PostgresReportQueries>();
        services.AddSingleton<IDisclosureQueries, PostgresDisclosureQueries>();
        services.AddSingleton<IStoreStartup, PostgresStoreStartup>();
        services.AddSingleton<IAuditStore, PostgresAuditStore>();
        services.RemoveAll<IInstanceLocks>();
        services.AddSingleton<IInstanceLocks, PostgresInstanceLocks>();
        return services;
    }
}
