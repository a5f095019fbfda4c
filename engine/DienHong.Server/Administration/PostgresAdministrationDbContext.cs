using DienHong.Web.Application.Administration;
using Microsoft.EntityFrameworkCore;

namespace DienHong.Server.Administration;

/// <summary>
/// The administration records on PostgreSQL (dữ liệu quản trị trên PostgreSQL): the same model as
/// <see cref="AdministrationDbContext"/>, its own type so that EF Core finds the PostgreSQL migrations
/// (<c>Administration/Postgres/Migrations</c>) and not SQLite's.
/// </summary>
public sealed class PostgresAdministrationDbContext(DbContextOptions<PostgresAdministrationDbContext> options) : AdministrationDbContext(options)
{
    /// <summary>Contexts on the server's database, with the records' own migrations history table.</summary>
    public static Func<AdministrationDbContext> On(string connectionString)
    {
        var options = new DbContextOptionsBuilder<PostgresAdministrationDbContext>()
            .UseNpgsql(connectionString, o => o.MigrationsHistoryTable(HistoryTable))
            .Options;
        return () => new PostgresAdministrationDbContext(options);
    }
}
