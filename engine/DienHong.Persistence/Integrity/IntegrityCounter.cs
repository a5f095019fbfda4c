using DienHong.Engine.Audit;
using DienHong.Persistence.Sqlite;
using Microsoft.Data.Sqlite;

namespace DienHong.Persistence.Integrity;

/// <summary>Counts the instances each commit creates in the integrity record, inside the writer's transaction.</summary>
internal sealed class IntegrityCounter(SqliteConnection connection, InstanceSealer sealer) : IDisposable
{
    private readonly RawStatement select = new(connection, IntegrityRecord.Select);
    private readonly RawStatement update = new(connection, "UPDATE integrity SET instances_created = @p0, seal = @p1 WHERE id = 1");

    public void Add(int created)
    {
        var rows = select.Query(r => (KeyId: r.GetString(0), Count: r.GetInt64(1), Seal: r.GetString(2)));
        if (rows.Count == 0)
        {
            // No record: the database was never started (or the record was deleted, which verify reports).
            return;
        }

        var (keyId, count, seal) = rows[0];

        // A record that fails its seal keeps failing: the engine never seals over a change it did not make.
        var next = sealer.SealIntegrity(keyId, count) == seal ? sealer.SealIntegrity(keyId, count + created) : seal;
        update.Execute(count + created, next);
    }

    public void Dispose()
    {
        select.Dispose();
        update.Dispose();
    }
}
