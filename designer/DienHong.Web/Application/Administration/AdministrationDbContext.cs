using Microsoft.EntityFrameworkCore;

namespace DienHong.Web.Application.Administration;

/// <summary>
/// What administrators record while the server runs (dữ liệu quản trị): substitutions and announced calendar days, in
/// the accounts' database (SQLite) or the server's (PostgreSQL, the provider's own type and migrations), with a
/// migrations history of its own. Every node reads them from there, so all agree.
/// </summary>
public class AdministrationDbContext : DbContext
{
    public const string HistoryTable = "__AdministrationMigrationsHistory";

    public AdministrationDbContext(DbContextOptions<AdministrationDbContext> options)
        : base(options)
    {
    }

    /// <summary>For the provider's own context type, whose migrations are found by that type.</summary>
    protected AdministrationDbContext(DbContextOptions options)
        : base(options)
    {
    }

    public DbSet<RecordedSubstitution> Substitutions => Set<RecordedSubstitution>();

    public DbSet<AnnouncedDay> AnnouncedDays => Set<AnnouncedDay>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<RecordedSubstitution>(e =>
        {
            e.ToTable("RecordedSubstitutions");
            e.HasKey(s => s.Id);
            e.Property(s => s.Id).HasMaxLength(32);
            e.Property(s => s.Agency).HasMaxLength(64);
            e.Property(s => s.PersonId).HasMaxLength(64);
            e.Property(s => s.SubstituteId).HasMaxLength(64);
            e.Property(s => s.Reason).HasMaxLength(500);
            e.Property(s => s.RecordedBy).HasMaxLength(64);
            e.HasIndex(s => s.PersonId);
        });
        modelBuilder.Entity<AnnouncedDay>(e =>
        {
            e.ToTable("AnnouncedDays");
            e.HasKey(d => d.Date);
            e.Property(d => d.ReasonVi).HasMaxLength(500);
            e.Property(d => d.ReasonEn).HasMaxLength(500);
            e.Property(d => d.RecordedBy).HasMaxLength(64);
        });
    }
}
