using DienHong.Engine.Storage;

namespace DienHong.Persistence.Postgres;

/// <summary>Migrates the database and checks its keys (<see cref="PostgresDatabase.MigrateAsync"/>); nodes starting together migrate once.</summary>
internal sealed class PostgresStoreStartup(PostgresDatabase database) : IStoreStartup
{
    public Task StartAsync(CancellationToken cancellationToken = default) => database.MigrateAsync(cancellationToken);
}
