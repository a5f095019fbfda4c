using DienHong.Engine.Hosting;
using DienHong.Engine.Storage;
using DienHong.Persistence.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace DienHong.Persistence;

/// <summary>The SQLite store behind <c>Database:Provider = Sqlite</c> (<c>o.UseSqlite(path)</c>).</summary>
public sealed class SqliteStoreProvider : IStoreProvider
{
    public string Name => DatabaseOptions.Sqlite;

    public void Register(IServiceCollection services, DienHongOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var path = options.Database.Path!;
        if (options.Database.ReadOnly)
        {
            services.AddDienHongSqliteReadOnly(path, options.KeyFile);
            return;
        }

        services.AddDienHongSqlite(path, options.KeyFile);
        services.AddSingleton<IStoreStartup>(sp => new SqliteStoreStartup(sp.GetRequiredService<SqliteDatabase>()));
    }
}
