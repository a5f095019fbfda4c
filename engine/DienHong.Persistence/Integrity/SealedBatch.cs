using DienHong.Engine.Audit;
using DienHong.Engine.Storage;

namespace DienHong.Persistence.Integrity;

/// <summary>Instances read in one batch (đọc theo lô), each checked against its seal: the sound ones, and the ids of the rest.</summary>
internal static class SealedBatch
{
    public static LoadedInstances Split(InstanceSealer sealer, IEnumerable<(InstanceRecord Record, IReadOnlyList<BookmarkRecord> Bookmarks, byte[]? Seal)> rows)
    {
        var sound = new Dictionary<string, LoadedInstance>(StringComparer.Ordinal);
        var tampered = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (record, bookmarks, seal) in rows)
        {
            if (sealer.Check(record, bookmarks, seal) == SealMismatch.None)
            {
                sound[record.Id] = new LoadedInstance(record, bookmarks);
            }
            else
            {
                tampered.Add(record.Id);
            }
        }

        return new LoadedInstances(sound, tampered);
    }
}
