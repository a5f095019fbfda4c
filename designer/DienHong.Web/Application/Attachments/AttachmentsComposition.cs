using DienHong.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace DienHong.Web.Application.Attachments;

/// <summary>
/// Registers the attachments (tệp đính kèm): their metadata in the database the host chooses (<see cref="UseSqlite"/>,
/// or PostgreSQL's own context type with its migrations), their files in a folder (shared storage for several nodes).
/// </summary>
public static class AttachmentsComposition
{
    /// <summary>The SQLite settings: the context's own migrations history table, beside the accounts'.</summary>
    public static void Sqlite(SqliteDbContextOptionsBuilder sqlite) => sqlite.MigrationsHistoryTable(AttachmentsDbContext.HistoryTable);

    public static IServiceCollection AddAttachments(this IServiceCollection services, Func<AttachmentsDbContext> contexts, string folder)
    {
        services.AddSingleton<IDbContextFactory<AttachmentsDbContext>>(new ContextFactory<AttachmentsDbContext>(contexts));
        services.AddSingleton(new AttachmentFolder(folder));
        services.AddOptions<AttachmentOptions>().BindConfiguration(AttachmentOptions.Section);
        services.AddSingleton<AttachmentService>();
        return services;
    }

    /// <summary>Contexts on the SQLite database of <paramref name="connectionString"/>, with the attachments' migrations history table.</summary>
    public static Func<AttachmentsDbContext> UseSqlite(string connectionString)
    {
        var options = new DbContextOptionsBuilder<AttachmentsDbContext>().UseSqlite(connectionString, Sqlite).Options;
        return () => new AttachmentsDbContext(options);
    }

    /// <summary>Brings the attachments' tables up to date (at start, after the accounts').</summary>
    public static async Task MigrateAttachmentsAsync(this IServiceProvider services, CancellationToken cancellationToken = default)
    {
        var contexts = services.GetRequiredService<IDbContextFactory<AttachmentsDbContext>>();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await db.Database.MigrateIfBehindAsync(cancellationToken).ConfigureAwait(false);
    }
}
