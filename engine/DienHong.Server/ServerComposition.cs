using DienHong.Calendar;
using DienHong.Engine.Hosting;
using DienHong.Persistence;
using DienHong.Persistence.Postgres;
using DienHong.Persistence.Sqlite;
using DienHong.Scheduling;
using DienHong.Server.Api;
using DienHong.Server.Configuration;
using DienHong.Server.Operations;
using DienHong.Server.Startup;
using DienHong.Workflows.Activities;
using DienHong.Workflows.Organization;
using Hangfire;
using DatabaseOptions = DienHong.Server.Configuration.DatabaseOptions;

namespace DienHong.Server;

/// <summary>
/// The engine as the server composes it (ghép nối bộ máy quy trình), in this one place so that the coming single
/// builder replaces it in one edit: the Vietnam working calendar, the engine with the governance activities, the
/// store (a SQLite file in the data folder, or PostgreSQL; the keys in the data folder either way), the organisation, and Hangfire for timers.
/// </summary>
public static class ServerComposition
{
    public static IServiceCollection AddEngine(this IServiceCollection services, ServerOptions server, DatabaseOptions database, OrganizationSource organization)
    {
        services.AddDienHong(o =>
            {
                // The keys stay in the data folder whichever database holds the journal: a database copy alone cannot forge seals or unmask voices.
                _ = database.IsPostgres ? o.UsePostgres(database.ConnectionString!) : o.UseSqlite(server.DatabasePath);
                o.UseKeyring(server.KeysPath).UseCalendar(VietnamCalendar.Create(null)).AddAssemblies(typeof(HumanTaskActivity).Assembly);
            })
            .UseOrganization(organization.Organization);
        services.AddSingleton(sp => database.IsPostgres
            ? EngineDatabase.Of(sp.GetRequiredService<PostgresDatabase>())
            : EngineDatabase.Of(sp.GetRequiredService<SqliteDatabase>()));
        services.AddSingleton<IAgencyDirectory>(new ConfiguredAgencyDirectory(organization.Organization.Agencies.Select(a => a.Id)));
        var hosted = services.Where(d => d.ServiceType == typeof(IHostedService)).ToList();
        if (database.IsPostgres)
        {
            services.AddDienHongHangfirePostgres(database.ConnectionString!);
        }
        else
        {
            services.AddDienHongHangfire(server.HangfirePath);
        }

        // The host builds every hosted service before it starts any, and the job server's needs the migrated store:
        // ServerStartup starts it after the migrations instead.
        foreach (var added in services.Where(d => d.ServiceType == typeof(IHostedService) && !hosted.Contains(d)).ToList())
        {
            services.Remove(added);
        }

        // The dashboard's services; the job storage registered above is the one it shows.
        services.AddHangfire((sp, config) => config.UseLogProvider(new HangfireLogs(sp.GetRequiredService<ILoggerFactory>())));
        services.AddSingleton<CatalogPublisher>();
        services.AddApi();
        return services;
    }
}
