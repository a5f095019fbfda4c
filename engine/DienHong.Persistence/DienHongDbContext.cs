using DienHong.Persistence.Entities;
using Microsoft.EntityFrameworkCore;

namespace DienHong.Persistence;

/// <summary>
/// The database model and its migrations. The engine's hot path writes the same tables with prepared SQL
/// (<see cref="Sqlite.SqliteWorkflowStore"/>); everything else goes through this context.
/// </summary>
public sealed class DienHongDbContext(DbContextOptions<DienHongDbContext> options) : DbContext(options)
{
    public DbSet<DefinitionEntity> Definitions => Set<DefinitionEntity>();

    public DbSet<InstanceEntity> Instances => Set<InstanceEntity>();

    public DbSet<BookmarkEntity> Bookmarks => Set<BookmarkEntity>();

    public DbSet<JournalEntity> Journal => Set<JournalEntity>();

    public DbSet<IncidentEntity> Incidents => Set<IncidentEntity>();

    public DbSet<IntegrityEntity> Integrity => Set<IntegrityEntity>();

    public DbSet<AnchorEntity> Anchors => Set<AnchorEntity>();

    public DbSet<DefinitionJournalEntity> DefinitionJournal => Set<DefinitionJournalEntity>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<DefinitionEntity>(e =>
        {
            e.ToTable("definitions");
            e.HasKey(x => x.Id);
            e.HasIndex(x => new { x.Key, x.Version }).IsUnique();
            e.HasIndex(x => new { x.Key, x.Status });
        });
        modelBuilder.Entity<InstanceEntity>(e =>
        {
            e.ToTable("instances");
            e.HasKey(x => x.Id);
            e.Property(x => x.RowVersion).IsConcurrencyToken();
            e.HasIndex(x => x.CorrelationKey).IsUnique();
            e.HasIndex(x => new { x.Status, x.DefinitionKey });
            e.HasIndex(x => new { x.Agency, x.Status });
            // The instance list (newest first, keyset) and the report's opened and closed counts per period.
            e.HasIndex(x => new { x.CreatedAt, x.Id });
            e.HasIndex(x => x.CompletedAt).HasFilter("completed_at IS NOT NULL");
        });
        modelBuilder.Entity<BookmarkEntity>(e =>
        {
            e.ToTable("bookmarks");
            e.HasKey(x => x.Id);
            e.HasIndex(x => x.InstanceId);
            e.HasIndex(x => new { x.Kind, x.Key });
            // The inbox: open tasks of an assignee by due date; and the scheduler's due-time scan. The inbox of an
            // assignee in given agencies walks IX_bookmarks_inbox (assignee, agency, kind, due key, id), an index on an
            // expression the model cannot name: the migration InboxByAgency creates it in SQL on both stores.
            e.HasIndex(x => new { x.Assignee, x.DueAt });
            e.HasIndex(x => x.WakeAt).HasFilter("wake_at IS NOT NULL");
            e.HasIndex(x => x.DueAt).HasFilter("due_at IS NOT NULL");
        });
        modelBuilder.Entity<JournalEntity>(e =>
        {
            e.ToTable("journal");
            e.HasKey(x => new { x.InstanceId, x.Seq });
            // The report's task completions per period; partial, so the other entries' inserts never write it.
            e.HasIndex(x => x.At).HasFilter("event = 'TaskCompleted'");
            // The case list's "my cases": a person's entries, one probe per case instead of reading its whole journal.
            e.HasIndex(x => new { x.Actor, x.InstanceId }).HasFilter("actor IS NOT NULL");
        });
        modelBuilder.Entity<IncidentEntity>(e =>
        {
            e.ToTable("incidents");
            e.HasKey(x => x.Id);
            e.HasIndex(x => x.InstanceId);
        });
        modelBuilder.Entity<IntegrityEntity>(e =>
        {
            e.ToTable("integrity");
            e.HasKey(x => x.Id);
            e.Property(x => x.Id).ValueGeneratedNever();
        });
        modelBuilder.Entity<AnchorEntity>(e =>
        {
            e.ToTable("anchors");
            e.HasKey(x => x.Id);
        });
        modelBuilder.Entity<DefinitionJournalEntity>(e =>
        {
            e.ToTable("definition_journal");
            e.HasKey(x => new { x.DefinitionKey, x.Seq });
        });

        foreach (var entity in modelBuilder.Model.GetEntityTypes())
        {
            foreach (var property in entity.GetProperties())
            {
                property.SetColumnName(SnakeCase(property.Name));
            }
        }
    }

    private static string SnakeCase(string name) =>
        string.Concat(name.Select((c, i) => i > 0 && char.IsUpper(c) ? "_" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));
}
