using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace DienHong.Server.Accounts;

/// <summary>
/// The accounts database (cơ sở dữ liệu tài khoản): ASP.NET Core Identity's tables in <c>accounts.db</c> in the data
/// folder, apart from the engine's database, whose single writer owns its file.
/// </summary>
public sealed class AccountsDbContext(DbContextOptions<AccountsDbContext> options) : IdentityDbContext<ServerUser>(options)
{
    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.Entity<ServerUser>().HasIndex(u => u.PersonId);
    }
}
