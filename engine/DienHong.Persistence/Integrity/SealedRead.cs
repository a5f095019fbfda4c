using DienHong.Engine.Audit;
using DienHong.Engine.Storage;

namespace DienHong.Persistence.Integrity;

/// <summary>Instances as read, checked against their seals (đọc có kiểm tra niêm phong), one at a time or in a batch, by both stores.</summary>
internal static class SealedRead
{
    /// <summary>The instance as read, if it matches its seal; otherwise <see cref="InstanceTamperedException"/>.</summary>
    public static LoadedInstance Verify(InstanceSealer sealer, InstanceRecord record, IReadOnlyList<BookmarkRecord> bookmarks, byte[]? seal)
    {
        var mismatch = sealer.Check(record, bookmarks, seal);
        return mismatch == SealMismatch.None
            ? new LoadedInstance(record, bookmarks)
            : throw new InstanceTamperedException(record.Id, $"Instance '{record.Id}' does not match its seal ({mismatch}): it was changed outside the engine, so nothing is run on it. 'dienhong journal verify' names what changed.");
    }

    /// <summary>Instances read in one batch: the sound ones, and the ids of the rest (a tampered one is set apart, not thrown for).</summary>
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
