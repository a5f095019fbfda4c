using DienHong.Engine.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace DienHong.Persistence.Postgres;

/// <summary>The PostgreSQL store behind <c>Database:Provider = PostgreSQL</c> (<c>o.UsePostgres(connectionString)</c>).</summary>
public sealed class PostgresStoreProvider : IStoreProvider
{
    public string Name => DatabaseOptions.PostgreSql;

    public void Register(IServiceCollection services, DienHongOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        // Every node needs a copy of the same key file, so there is no default beside a file as on SQLite.
        var keyFile = options.KeyFile is { Length: > 0 } k ? k
            : throw new InvalidOperationException("Database:Provider is PostgreSQL but no key file is set (Keys:File or UseKeyring): every node needs a copy of the same dienhong.keys.");
        services.AddDienHongPostgres(options.Database.ConnectionString!, keyFile);
    }
}
