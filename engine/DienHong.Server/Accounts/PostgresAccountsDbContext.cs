using Microsoft.EntityFrameworkCore;

namespace DienHong.Server.Accounts;

/// <summary>
/// The accounts tables on PostgreSQL (tài khoản trên PostgreSQL): the same model as <see cref="AccountsDbContext"/>,
/// its own type so that EF Core finds the PostgreSQL migrations (<c>Accounts/Postgres/Migrations</c>) and not SQLite's.
/// </summary>
public sealed class PostgresAccountsDbContext(DbContextOptions<PostgresAccountsDbContext> options) : AccountsDbContext(options);
