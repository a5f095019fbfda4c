using DienHong.Engine.Audit;
using DienHong.Engine.Security;
using DienHong.Persistence.Sqlite;
using Microsoft.Data.Sqlite;

namespace DienHong.Persistence.Integrity;

/// <summary>
/// The integrity record (bản ghi toàn vẹn): one row with the id of the keys that seal the database and how many
/// instances the engine has created, sealed with the instance-seal key. Verify compares the count with the instance
/// rows, so deleting a whole instance shows; a start compares the key id with the keyring, so a lost or swapped key
/// file is reported at once instead of as failing seals later.
/// </summary>
internal static class IntegrityRecord
{
    public const string Select = "SELECT key_id, instances_created, seal FROM integrity WHERE id = 1";

    /// <summary>Refuses a start whose key file is missing or holds other keys than those <paramref name="keyId"/> the database is sealed with (every store).</summary>
    public static void CheckKeys(IKeyring keyring, string keyId, bool keysExisted)
    {
        if (!keysExisted)
        {
            throw new KeyringException(keyring.Location, KeyringProblem.Missing,
                $"The database is sealed with the keys {keyId}, and their key file '{keyring.Location}' is missing: restore it from its backup (with several nodes, copy the file every node uses).");
        }

        if (keyring.Id != keyId)
        {
            throw new KeyringException(keyring.Location, KeyringProblem.WrongKeys,
                $"The key file '{keyring.Location}' holds the keys {keyring.Id}, but the database is sealed with {keyId}: every node needs the same key file.");
        }
    }

    /// <summary>
    /// Checks the keyring against the record at start. The first start writes the record, generating the keys if
    /// needed and sealing instances written before seals existed; it refuses when keys exist already but the record
    /// is gone from a database with instances, since that is how someone would get tampered rows sealed.
    /// </summary>
    public static (bool Created, int Adopted) Start(SqliteConnection connection, IKeyring keyring, InstanceSealer sealer)
    {
        var keysExisted = keyring.Exists;
        string? keyId = null;
        using (var command = connection.CreateCommand())
        {
            command.CommandText = Select;
            using var r = command.ExecuteReader();
            if (r.Read())
            {
                keyId = r.GetString(0);
            }
        }

        if (keyId is not null)
        {
            CheckKeys(keyring, keyId, keysExisted);
            return (false, 0);
        }

        var instances = SqliteDatabase.Scalar(connection, "SELECT count(*) FROM instances");
        if (keysExisted && instances > 0)
        {
            throw new DatabaseIntegrityException(
                $"The database has {instances} instances but no integrity record, while the key file '{keyring.Location}' exists: the record was deleted. Run 'dienhong journal verify'.");
        }

        keyring.EnsureCreated();
        using var transaction = connection.BeginTransaction();
        var adopted = Adopt(connection, sealer);
        using (var insert = connection.CreateCommand())
        {
            insert.CommandText = "INSERT INTO integrity (id, key_id, instances_created, seal) VALUES (1, $key, $count, $seal)";
            insert.Parameters.AddWithValue("$key", keyring.Id);
            insert.Parameters.AddWithValue("$count", instances);
            insert.Parameters.AddWithValue("$seal", sealer.SealIntegrity(keyring.Id, instances));
            insert.ExecuteNonQuery();
        }

        transaction.Commit();
        return (!keysExisted, adopted);
    }

    /// <summary>Seals the instances of a database made before seals existed (only ever on its first sealed start).</summary>
    private static int Adopt(SqliteConnection connection, InstanceSealer sealer)
    {
        using var unsealed = new RawStatement(connection, $"SELECT {RowReader.InstanceColumns} FROM instances WHERE seal IS NULL");
        using var bookmarks = new RawStatement(connection, $"SELECT {RowReader.BookmarkColumns} FROM bookmarks WHERE instance_id = @p0");
        using var update = new RawStatement(connection, "UPDATE instances SET seal = @p1 WHERE id = @p0");
        var rows = unsealed.Query(RowReader.Instance);
        foreach (var instance in rows)
        {
            update.Execute(instance.Id, sealer.Seal(instance, bookmarks.Query(RowReader.Bookmark, instance.Id)));
        }

        return rows.Count;
    }
}
