using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace DienHong.Server.Accounts;

/// <summary>Lets <c>dotnet ef migrations add --context AccountsDbContext</c> build the SQLite accounts context without starting the server.</summary>
public sealed class AccountsDesignTimeFactory : IDesignTimeDbContextFactory<AccountsDbContext>
{
    public AccountsDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<AccountsDbContext>().UseSqlite("Data Source=accounts.db").Options);
}
