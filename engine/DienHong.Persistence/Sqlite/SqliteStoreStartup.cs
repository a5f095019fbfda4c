using DienHong.Engine.Storage;

namespace DienHong.Persistence.Sqlite;

/// <summary>Takes ownership of the file, migrates it and checks its keys (<see cref="SqliteDatabase.MigrateAsync"/>).</summary>
internal sealed class SqliteStoreStartup(SqliteDatabase database) : IStoreStartup
{
    public Task StartAsync(CancellationToken cancellationToken = default) => database.MigrateAsync(cancellationToken);
}
