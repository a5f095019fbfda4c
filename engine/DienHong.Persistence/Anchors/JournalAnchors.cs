using DienHong.Persistence.Sqlite;
using Microsoft.Data.Sqlite;

namespace DienHong.Persistence.Anchors;

/// <summary>
/// Anchors (mốc neo) of a database: <see cref="Create"/> checkpoints every chain head now, signed; <see cref="Export"/>
/// gives what an auditor keeps outside the system. Made periodically (a cron job running
/// <c>dienhong journal anchor</c>, or a server's recurring job calling <see cref="Create"/>), they let a later
/// verify show that a history which existed at an anchor was rewritten or deleted.
/// </summary>
public sealed class JournalAnchors(SqliteDatabase database, JournalVerifier verifier, TimeProvider clock)
{
    private const string Columns = "id, at, instances, entries, instances_created, root, heads, key_id, signature";

    /// <summary>Verifies the database and, when it is intact, anchors the heads of that same snapshot.</summary>
    public AnchorResult Create()
    {
        database.EnsureOwned();
        using var connection = database.Open();
        JournalVerification verification;
        List<string> heads;
        long entries, created;
        using (var snapshot = connection.BeginTransaction(deferred: true))
        {
            verification = verifier.Verify(connection, null);
            if (!verification.IsIntact)
            {
                return new AnchorResult(null, verification);
            }

            using (var statement = new RawStatement(connection, "SELECT id, journal_seq, journal_hash FROM instances ORDER BY id"))
            {
                heads = statement.Query(r => AnchorSeal.Line(new AnchorHead(r.GetString(0), r.GetInt64(1), r.GetString(2))));
            }

            entries = SqliteDatabase.Scalar(connection, "SELECT count(*) FROM journal");
            created = SqliteDatabase.Scalar(connection, "SELECT instances_created FROM integrity WHERE id = 1");
            snapshot.Commit();
        }

        using var write = connection.BeginTransaction(deferred: false);
        var id = SqliteDatabase.Scalar(connection, "SELECT coalesce(max(id), 0) + 1 FROM anchors");
        var at = DateTimeOffset.FromUnixTimeMilliseconds(clock.GetUtcNow().ToUnixTimeMilliseconds());
        var anchor = AnchorSeal.Sign(id, at, entries, created, heads, database.Keyring);
        using (var insert = connection.CreateCommand())
        {
            insert.CommandText = $"INSERT INTO anchors ({Columns}) VALUES ($id, $at, $instances, $entries, $created, $root, $heads, $key, $signature)";
            insert.Parameters.AddWithValue("$id", anchor.Id);
            insert.Parameters.AddWithValue("$at", anchor.At.ToUnixTimeMilliseconds());
            insert.Parameters.AddWithValue("$instances", anchor.Instances);
            insert.Parameters.AddWithValue("$entries", anchor.Entries);
            insert.Parameters.AddWithValue("$created", anchor.InstancesCreated);
            insert.Parameters.AddWithValue("$root", anchor.Root);
            insert.Parameters.AddWithValue("$heads", string.Join('\n', anchor.Heads));
            insert.Parameters.AddWithValue("$key", anchor.KeyId);
            insert.Parameters.AddWithValue("$signature", anchor.Signature);
            insert.ExecuteNonQuery();
        }

        write.Commit();
        return new AnchorResult(anchor, verification);
    }

    public IReadOnlyList<Anchor> List()
    {
        using var connection = database.Open();
        return Read(connection);
    }

    /// <summary>Every anchor with the public key that checks them, for an auditor to keep.</summary>
    public AnchorFile Export() => new(database.Keyring.Id, database.Keyring.PublicKey, clock.GetUtcNow(), List());

    internal static IReadOnlyList<Anchor> Read(SqliteConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT {Columns} FROM anchors ORDER BY id";
        using var r = command.ExecuteReader();
        var anchors = new List<Anchor>();
        while (r.Read())
        {
            var heads = r.GetString(6);
            anchors.Add(new Anchor(r.GetInt64(0), DateTimeOffset.FromUnixTimeMilliseconds(r.GetInt64(1)), r.GetInt64(2), r.GetInt64(3), r.GetInt64(4),
                r.GetString(5), heads.Length == 0 ? [] : heads.Split('\n'), r.GetString(7), r.GetString(8)));
        }

        return anchors;
    }
}
