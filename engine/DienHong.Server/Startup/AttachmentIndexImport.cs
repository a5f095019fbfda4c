using DienHong.Server.Configuration;
using DienHong.Web.Application.Attachments;
using Microsoft.EntityFrameworkCore;

namespace DienHong.Server.Startup;

/// <summary>
/// Moves an attachments' index a server on PostgreSQL kept beside the files (<c>attachments/attachments.db</c>, before
/// the index moved into the database) into PostgreSQL (chuyển chỉ mục tệp đính kèm), so no uploaded document is lost
/// to the upgrade. Rows already there are left alone; the file is then renamed <c>attachments.db.imported</c>.
/// </summary>
public sealed class AttachmentIndexImport(ServerOptions options, IDbContextFactory<AttachmentsDbContext> contexts)
{
    /// <summary>Imports the old index when there is one; returns how many attachments were copied.</summary>
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var path = options.AttachmentIndexPath;
        if (!File.Exists(path))
        {
            return 0;
        }

        int copied;
        await using (var old = AttachmentsComposition.UseSqlite($"Data Source={path};Mode=ReadOnly;Pooling=False")())
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        {
            var known = (await db.Attachments.Select(a => a.Id).ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal);
            var attachments = (await old.Attachments.AsNoTracking().ToListAsync(cancellationToken)).Where(a => !known.Contains(a.Id)).ToList();
            var ids = attachments.Select(a => a.Id).ToHashSet(StringComparer.Ordinal);
            var links = (await old.AttachmentLinks.AsNoTracking().ToListAsync(cancellationToken)).Where(l => ids.Contains(l.AttachmentId));
            db.Attachments.AddRange(attachments);
            db.AttachmentLinks.AddRange(links);
            await db.SaveChangesAsync(cancellationToken);
            copied = attachments.Count;
        }

        File.Move(path, path + ".imported", overwrite: true);
        return copied;
    }
}
