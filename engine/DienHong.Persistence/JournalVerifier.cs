using DienHong.Engine.Journal;
using DienHong.Persistence.Sqlite;

namespace DienHong.Persistence;

/// <summary>Recomputes every instance's journal hash chain and reports the first broken link of each.</summary>
public sealed class JournalVerifier(SqliteDatabase database)
{
    public JournalVerification Verify()
    {
        using var connection = database.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT instance_id, seq, at, node_id, event, actor, outcome, comment, data, hash FROM journal ORDER BY instance_id, seq";
        using var r = command.ExecuteReader();
        var broken = new List<BrokenLink>();
        string? instance = null;
        var previous = JournalChain.Genesis;
        long expectedSeq = 0;
        var instances = 0;
        long entries = 0;
        var skipInstance = false;
        while (r.Read())
        {
            var id = r.GetString(0);
            if (id != instance)
            {
                instance = id;
                previous = JournalChain.Genesis;
                expectedSeq = 1;
                skipInstance = false;
                instances++;
            }

            entries++;
            if (skipInstance)
            {
                continue;
            }

            var seq = r.GetInt64(1);
            var stored = r.GetString(9);
            var computed = JournalChain.Hash(previous, id, seq, UnixTime.FromMs(r.GetInt64(2)), RowReader.NullableString(r, 3), r.GetString(4),
                RowReader.NullableString(r, 5), RowReader.NullableString(r, 6), RowReader.NullableString(r, 7), RowReader.NullableString(r, 8));
            if (seq != expectedSeq || computed != stored)
            {
                broken.Add(new BrokenLink(id, seq, seq != expectedSeq ? $"expected entry {expectedSeq}, found {seq}" : "the hash does not match the entry"));
                skipInstance = true;
                continue;
            }

            previous = stored;
            expectedSeq++;
        }

        return new JournalVerification(instances, entries, broken);
    }
}
