using DienHong.Server.Configuration;
using Microsoft.EntityFrameworkCore;
using DatabaseOptions = DienHong.Server.Configuration.DatabaseOptions;

namespace DienHong.Server.Accounts;

/// <summary>
/// Makes the accounts context (ngữ cảnh tài khoản) on the configured database: <c>accounts.db</c> in the data folder
/// with SQLite, the server's database with PostgreSQL. Identity, the demo and the start all take their contexts here.
/// </summary>
public sealed class AccountsContexts(ServerOptions server, DatabaseOptions database) : IDbContextFactory<AccountsDbContext>
{
    private readonly DbContextOptions<PostgresAccountsDbContext>? postgres = database.IsPostgres
        ? new DbContextOptionsBuilder<PostgresAccountsDbContext>().UseNpgsql(database.ConnectionString).Options
        : null;

    private readonly DbContextOptions<AccountsDbContext> sqlite = new DbContextOptionsBuilder<AccountsDbContext>().UseSqlite($"Data Source={server.AccountsPath}").Options;

    public AccountsDbContext CreateDbContext() => postgres is null ? new AccountsDbContext(sqlite) : new PostgresAccountsDbContext(postgres);
}
