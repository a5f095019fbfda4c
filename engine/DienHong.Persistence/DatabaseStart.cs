namespace DienHong.Persistence;

/// <summary>
/// What a start (<see cref="Sqlite.SqliteDatabase.MigrateAsync"/>) had to do besides migrating, for the host to say:
/// it cleared a migration lock left by a process that died, it generated the keys (first start), or it sealed
/// instances written before seals existed.
/// </summary>
public sealed record DatabaseStart(bool ClearedStaleMigrationLock, bool KeysCreated, int InstancesAdopted);
