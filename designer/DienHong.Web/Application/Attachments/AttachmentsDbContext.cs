using Microsoft.EntityFrameworkCore;

namespace DienHong.Web.Application.Attachments;

/// <summary>
/// The attachments' metadata (dữ liệu tệp đính kèm), in the accounts' database with a migrations history of its own,
/// so its migrations and the accounts' never meet; on PostgreSQL in the server's database, through the provider's own
/// context type and migrations. Plain columns only (text, integers), so it maps on both.
/// </summary>
public class AttachmentsDbContext : DbContext
{
    public const string HistoryTable = "__AttachmentsMigrationsHistory";

    public AttachmentsDbContext(DbContextOptions<AttachmentsDbContext> options)
        : base(options)
    {
    }

    /// <summary>For the provider's own context type, whose migrations are found by that type.</summary>
    protected AttachmentsDbContext(DbContextOptions options)
        : base(options)
    {
    }

    public DbSet<Attachment> Attachments => Set<Attachment>();

    public DbSet<AttachmentLink> AttachmentLinks => Set<AttachmentLink>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Attachment>(e =>
        {
            e.ToTable("Attachments");
            e.HasKey(a => a.Id);
            e.Property(a => a.Id).HasMaxLength(32);
            e.Property(a => a.Name).HasMaxLength(255);
            e.Property(a => a.ContentType).HasMaxLength(127);
            e.Property(a => a.Sha256).HasMaxLength(64);
            e.Property(a => a.UploadedBy).HasMaxLength(64);
            e.Property(a => a.Agency).HasMaxLength(64);
            e.HasIndex(a => a.UploadedBy);
        });
        modelBuilder.Entity<AttachmentLink>(e =>
        {
            e.ToTable("AttachmentLinks");
            e.HasKey(l => new { l.AttachmentId, l.InstanceId });
            e.Property(l => l.AttachmentId).HasMaxLength(32);
            e.Property(l => l.InstanceId).HasMaxLength(64);
            e.Property(l => l.TaskId).HasMaxLength(160);
            e.HasIndex(l => l.InstanceId);
            e.HasOne<Attachment>().WithMany().HasForeignKey(l => l.AttachmentId);
        });
    }
}
