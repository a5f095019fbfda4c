using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace DienHong.Web.Application.Attachments;

/// <summary>
/// Registers the attachments (tệp đính kèm): their metadata in the database <c>database</c> configures (the host
/// chooses the provider: <see cref="UseSqlite"/>, or PostgreSQL with its own migrations), their files in a folder.
/// </summary>
public static class AttachmentsComposition
{
    /// <summary>The SQLite settings: the context's own migrations history table, beside the accounts'.</summary>
    public static void Sqlite(SqliteDbContextOptionsBuilder sqlite) => sqlite.MigrationsHistoryTable(AttachmentsDbContext.HistoryTable);

    public static IServiceCollection AddAttachments(this IServiceCollection services, Action<DbContextOptionsBuilder> database, string folder)
    {
        services.AddDbContextFactory<AttachmentsDbContext>(database);
        services.AddSingleton(new AttachmentFolder(folder));
        services.AddOptions<AttachmentOptions>().BindConfiguration(AttachmentOptions.Section);
        services.AddSingleton<AttachmentService>();
        return services;
    }

    /// <summary>The SQLite database of <paramref name="connectionString"/>, with the attachments' migrations history table.</summary>
    public static Action<DbContextOptionsBuilder> UseSqlite(string connectionString) => o => o.UseSqlite(connectionString, Sqlite);

    /// <summary>Brings the attachments' tables up to date (at start, after the accounts').</summary>
    public static async Task MigrateAttachmentsAsync(this IServiceProvider services, CancellationToken cancellationToken = default)
    {
        var contexts = services.GetRequiredService<IDbContextFactory<AttachmentsDbContext>>();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await db.Database.MigrateAsync(cancellationToken).ConfigureAwait(false);
    }
}
