using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace DienHong.Server.Accounts;

/// <summary>
/// The accounts database (cơ sở dữ liệu tài khoản): ASP.NET Core Identity's tables in <c>accounts.db</c> in the data
/// folder, apart from the engine's database, whose single writer owns its file; on PostgreSQL, the same tables in the
/// server's database (<see cref="PostgresAccountsDbContext"/>, with its own migrations).
/// </summary>
public class AccountsDbContext : IdentityDbContext<ServerUser>
{
    public AccountsDbContext(DbContextOptions<AccountsDbContext> options)
        : base(options)
    {
    }

    /// <summary>For the provider's own context type, whose migrations are found by that type.</summary>
    protected AccountsDbContext(DbContextOptions options)
        : base(options)
    {
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.Entity<ServerUser>().HasIndex(u => u.PersonId);
    }
}
