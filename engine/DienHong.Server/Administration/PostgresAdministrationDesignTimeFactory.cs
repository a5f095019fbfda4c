using Microsoft.EntityFrameworkCore.Design;

namespace DienHong.Server.Administration;

/// <summary>
/// Lets <c>dotnet ef migrations add --context PostgresAdministrationDbContext --output-dir Administration/Postgres/Migrations</c>
/// build the PostgreSQL context; no server is contacted to add a migration.
/// </summary>
public sealed class PostgresAdministrationDesignTimeFactory : IDesignTimeDbContextFactory<PostgresAdministrationDbContext>
{
    public PostgresAdministrationDbContext CreateDbContext(string[] args) => (PostgresAdministrationDbContext)PostgresAdministrationDbContext.On("Host=localhost;Database=dienhong")();
}
