using DienHong.Engine.Security;
using DienHong.Persistence.Integrity;
using Npgsql;

namespace DienHong.Persistence.Postgres;

/// <summary>
/// The integrity record (bản ghi toàn vẹn) on PostgreSQL, as <see cref="IntegrityRecord"/> keeps it on SQLite: the
/// keys' id and the count of created instances, sealed. A start checks the key file against it; the first start writes
/// it. Nodes starting together agree: only one insert wins, and the others check their keys against it.
/// </summary>
internal static class PostgresIntegrity
{
    public static async Task<(bool Created, int Adopted)> StartAsync(PostgresDatabase database, CancellationToken cancellationToken)
    {
        var keyring = database.Keyring;
        var keysExisted = keyring.Exists;
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        if (await KeyIdAsync(connection, cancellationToken).ConfigureAwait(false) is { } keyId)
        {
            IntegrityRecord.CheckKeys(keyring, keyId, keysExisted);
            return (false, 0);
        }

        await using (var count = new NpgsqlCommand("SELECT count(*) FROM instances", connection))
        {
            var instances = (long)(await count.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false))!;
            if (instances > 0)
            {
                // Instances come from this engine, or from migrate-store, which copies the record with them.
                throw new DatabaseIntegrityException(
                    $"The database has {instances} instances but no integrity record: the record was deleted, or the rows were not written by DienHong. Run 'dienhong journal verify'.");
            }
        }

        keyring.EnsureCreated();
        await using (var insert = new NpgsqlCommand("INSERT INTO integrity (id, key_id, instances_created, seal) VALUES (1, @key, 0, @seal) ON CONFLICT (id) DO NOTHING", connection))
        {
            insert.Parameters.AddWithValue("key", keyring.Id);
            insert.Parameters.AddWithValue("seal", database.Sealer.SealIntegrity(keyring.Id, 0));
            if (await insert.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) == 1)
            {
                return (!keysExisted, 0);
            }
        }

        // Another node wrote the record first: its keys must be ours.
        IntegrityRecord.CheckKeys(keyring, (await KeyIdAsync(connection, cancellationToken).ConfigureAwait(false))!, keysExisted: true);
        return (false, 0);
    }

    private static async Task<string?> KeyIdAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        await using var select = new NpgsqlCommand("SELECT key_id FROM integrity WHERE id = 1", connection);
        return await select.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) as string;
    }
}
