using DienHong.Engine.Audit;
using DienHong.Engine.Journal;
using DienHong.Engine.Storage;

namespace DienHong.Engine.Catalog;

/// <summary>
/// The definitions' journal (nhật ký phát hành quy trình): one hash-chained stream per key, chained exactly like an
/// instance's journal (the key stands where the instance id does), so the same walk verifies it.
/// </summary>
public static class DefinitionJournal
{
    /// <summary>The next entry after <paramref name="previous"/> (null: the stream's first).</summary>
    public static JournalEntry Next(JournalEntry? previous, string key, DateTimeOffset at, string @event, string actor, string? data)
    {
        var seq = (previous?.Seq ?? 0) + 1;
        var hash = JournalChain.Hash(previous?.Hash ?? JournalChain.Genesis, key, seq, at, null, @event, actor, null, null, data);
        return new JournalEntry(key, seq, at, null, @event, actor, null, null, data, hash);
    }

    /// <summary>The first broken link of a key's stream (a gap, or an entry whose hash does not match), or null when the chain holds.</summary>
    public static Discrepancy? Verify(string key, IEnumerable<JournalEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var walk = new ChainWalk(key);
        foreach (var entry in entries)
        {
            walk.Add(entry);
        }

        return walk.Broken;
    }
}
