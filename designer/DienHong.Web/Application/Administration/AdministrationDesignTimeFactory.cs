using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace DienHong.Web.Application.Administration;

/// <summary>Lets <c>dotnet ef migrations add</c> build the administration context on SQLite without starting the server.</summary>
public sealed class AdministrationDesignTimeFactory : IDesignTimeDbContextFactory<AdministrationDbContext>
{
    public AdministrationDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<AdministrationDbContext>().UseSqlite("Data Source=accounts.db", AdministrationComposition.Sqlite).Options);
}
