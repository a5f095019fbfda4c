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
        // Without a key file the options validator stops the start with the message; nothing to register meanwhile.
        if (options.KeyFile is { Length: > 0 } keyFile)
        {
            services.AddDienHongPostgres(options.Database.ConnectionString!, keyFile);
        }
    }
}
