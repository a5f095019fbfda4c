using Microsoft.EntityFrameworkCore.Design;

namespace DienHong.Server.Attachments;

/// <summary>
/// Lets <c>dotnet ef migrations add --context PostgresAttachmentsDbContext --output-dir Attachments/Postgres/Migrations</c>
/// build the PostgreSQL context; no server is contacted to add a migration.
/// </summary>
public sealed class PostgresAttachmentsDesignTimeFactory : IDesignTimeDbContextFactory<PostgresAttachmentsDbContext>
{
    public PostgresAttachmentsDbContext CreateDbContext(string[] args) => (PostgresAttachmentsDbContext)PostgresAttachmentsDbContext.On("Host=localhost;Database=dienhong")();
}
