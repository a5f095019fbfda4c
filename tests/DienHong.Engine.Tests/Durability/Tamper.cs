using DienHong.Engine.Journal;
using DienHong.Engine.Storage;

namespace DienHong.Engine.Tests.Durability;

/// <summary>
/// What someone with write access to the database file (and no key) can do: plain SQL, and recomputing the
/// journal's unkeyed SHA-256 chain so every link holds again.
/// </summary>
public static class Tamper
{
    public static int Sql(string databasePath, string sql, params (string Name, object? Value)[] parameters) =>
        DatabaseDump.Execute(databasePath, sql, parameters);

    /// <summary>Replaces an instance's journal with <paramref name="entries"/>, re-chained, and points its row at the new head.</summary>
    public static void Rewrite(string databasePath, string instanceId, IReadOnlyList<JournalEntry> entries)
    {
        Sql(databasePath, "DELETE FROM journal WHERE instance_id = @i", ("@i", instanceId));
        var previous = JournalChain.Genesis;
        foreach (var e in entries)
        {
            var hash = JournalChain.Hash(previous, e);
            Sql(databasePath, "INSERT INTO journal (instance_id, seq, at, node_id, event, actor, outcome, comment, data, hash) VALUES (@i, @s, @at, @n, @e, @a, @o, @c, @d, @h)",
                ("@i", instanceId), ("@s", e.Seq), ("@at", e.At.ToUnixTimeMilliseconds()), ("@n", e.NodeId), ("@e", e.Event), ("@a", e.Actor),
                ("@o", e.Outcome), ("@c", e.Comment), ("@d", e.Data), ("@h", hash));
            previous = hash;
        }

        Sql(databasePath, "UPDATE instances SET journal_seq = @s, journal_hash = @h WHERE id = @i", ("@s", entries.Count), ("@h", previous), ("@i", instanceId));
    }

    /// <summary>Appends an entry that links correctly to the chain; the instance row is left as it was.</summary>
    public static void Append(string databasePath, IReadOnlyList<JournalEntry> journal, string @event, string? outcome)
    {
        var last = journal[^1];
        var forged = last with { Seq = last.Seq + 1, NodeId = null, Event = @event, Actor = "admin", Outcome = outcome, Comment = null, Data = null };
        Sql(databasePath, "INSERT INTO journal (instance_id, seq, at, node_id, event, actor, outcome, comment, data, hash) VALUES (@i, @s, @at, NULL, @e, 'admin', @o, NULL, NULL, @h)",
            ("@i", last.InstanceId), ("@s", forged.Seq), ("@at", last.At.ToUnixTimeMilliseconds()), ("@e", @event), ("@o", outcome), ("@h", JournalChain.Hash(last.Hash, forged)));
    }
}
