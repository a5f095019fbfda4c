using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace DienHong.Persistence;

/// <summary>Lets <c>dotnet ef migrations add</c> build the context without a host.</summary>
public sealed class DesignTimeFactory : IDesignTimeDbContextFactory<DienHongDbContext>
{
    public DienHongDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<DienHongDbContext>().UseSqlite("Data Source=design.db").Options);
}
