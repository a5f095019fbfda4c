using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace DienHong.Web.Application.Attachments;

/// <summary>Lets <c>dotnet ef migrations add</c> build the attachments context without starting the server.</summary>
public sealed class AttachmentsDesignTimeFactory : IDesignTimeDbContextFactory<AttachmentsDbContext>
{
    public AttachmentsDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<AttachmentsDbContext>().UseSqlite("Data Source=accounts.db", AttachmentsComposition.Sqlite).Options);
}
