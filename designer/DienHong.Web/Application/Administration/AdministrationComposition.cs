using DienHong.Persistence;
using DienHong.Web.Application.Calendar;
using DienHong.Web.Application.Organisation;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace DienHong.Web.Application.Administration;

/// <summary>
/// Registers the administration records (dữ liệu quản trị): substitutions and announced days in the database the host
/// chooses (<see cref="UseSqlite"/>, or PostgreSQL's own context type), applied at start and re-read on every node.
/// </summary>
public static class AdministrationComposition
{
    /// <summary>The SQLite settings: the context's own migrations history table, beside the accounts'.</summary>
    public static void Sqlite(SqliteDbContextOptionsBuilder sqlite) => sqlite.MigrationsHistoryTable(AdministrationDbContext.HistoryTable);

    public static IServiceCollection AddAdministration(this IServiceCollection services, Func<AdministrationDbContext> contexts)
    {
        services.AddSingleton<IDbContextFactory<AdministrationDbContext>>(new ContextFactory<AdministrationDbContext>(contexts));
        services.AddSingleton<AdministrationRecords>();
        services.AddSingleton<SubstitutionService>();
        services.AddSingleton<CalendarDayService>();
        services.AddHostedService<AdministrationRefresher>();
        return services;
    }

    /// <summary>Contexts on the SQLite database of <paramref name="connectionString"/>.</summary>
    public static Func<AdministrationDbContext> UseSqlite(string connectionString)
    {
        var options = new DbContextOptionsBuilder<AdministrationDbContext>().UseSqlite(connectionString, Sqlite).Options;
        return () => new AdministrationDbContext(options);
    }

    /// <summary>Brings the tables up to date and applies what they hold (at start, before the job server runs anything).</summary>
    public static async Task MigrateAdministrationAsync(this IServiceProvider services, CancellationToken cancellationToken = default)
    {
        var contexts = services.GetRequiredService<IDbContextFactory<AdministrationDbContext>>();
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false))
        {
            await db.Database.MigrateIfBehindAsync(cancellationToken).ConfigureAwait(false);
        }

        await services.GetRequiredService<AdministrationRecords>().RefreshAsync(cancellationToken).ConfigureAwait(false);
    }
}
