using DienHong.Engine.Hosting;

namespace DienHong.Persistence.Postgres;

/// <summary>The PostgreSQL store on the builder's options (<c>services.AddDienHong(o => o.UsePostgres(cs).UseKeyring(file))</c>).</summary>
public static class PostgresOptionsExtensions
{
    /// <summary>The PostgreSQL database of <paramref name="connectionString"/> (migrated at start); several nodes may share it.</summary>
    public static DienHongOptions UsePostgres(this DienHongOptions options, string connectionString)
    {
        ArgumentNullException.ThrowIfNull(options);
        return options.UseStore(DatabaseOptions.PostgreSql, null, connectionString).AddAssemblies(typeof(PostgresStoreProvider).Assembly);
    }
}
