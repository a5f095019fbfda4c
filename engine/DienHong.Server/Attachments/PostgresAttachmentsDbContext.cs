using DienHong.Web.Application.Attachments;
using Microsoft.EntityFrameworkCore;

namespace DienHong.Server.Attachments;

/// <summary>
/// The attachments' index on PostgreSQL (chỉ mục tệp đính kèm trên PostgreSQL): the same model as
/// <see cref="AttachmentsDbContext"/>, its own type so that EF Core finds the PostgreSQL migrations
/// (<c>Attachments/Postgres/Migrations</c>) and not SQLite's. The files stay in the attachments folder.
/// </summary>
public sealed class PostgresAttachmentsDbContext(DbContextOptions<PostgresAttachmentsDbContext> options) : AttachmentsDbContext(options)
{
    /// <summary>Contexts on the server's database, with the attachments' own migrations history table.</summary>
    public static Func<AttachmentsDbContext> On(string connectionString)
    {
        var options = new DbContextOptionsBuilder<PostgresAttachmentsDbContext>()
            .UseNpgsql(connectionString, o => o.MigrationsHistoryTable(HistoryTable))
            .Options;
        return () => new PostgresAttachmentsDbContext(options);
    }
}
