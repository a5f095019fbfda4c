using Microsoft.EntityFrameworkCore.Design;

namespace DienHong.Persistence.Postgres;

/// <summary>Lets <c>dotnet ef migrations add --project engine/DienHong.Persistence.Postgres</c> build the context without a server.</summary>
public sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<DienHongDbContext>
{
    public DienHongDbContext CreateDbContext(string[] args) => new(PostgresDatabase.Options("Host=localhost;Database=dienhong_design"));
}
