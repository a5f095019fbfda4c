using Microsoft.EntityFrameworkCore;

namespace DienHong.Web.Application;

/// <summary>
/// Makes a context (nhà máy ngữ cảnh) of the provider the host chose: the base type on SQLite, the provider's own
/// subclass on PostgreSQL, whose type is what EF Core finds that provider's migrations by.
/// </summary>
public sealed class ContextFactory<TContext>(Func<TContext> create) : IDbContextFactory<TContext>
    where TContext : DbContext
{
    public TContext CreateDbContext() => create();
}
