using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace DienHong.Server.Accounts;

/// <summary>
/// Lets <c>dotnet ef migrations add --context PostgresAccountsDbContext --output-dir Accounts/Postgres/Migrations</c>
/// build the PostgreSQL accounts context; no server is contacted to add a migration.
/// </summary>
public sealed class PostgresAccountsDesignTimeFactory : IDesignTimeDbContextFactory<PostgresAccountsDbContext>
{
    public PostgresAccountsDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresAccountsDbContext>().UseNpgsql("Host=localhost;Database=dienhong").Options);
}
