using System.Globalization;
using DienHong.Engine.Journal;
using DienHong.Engine.Storage;

namespace DienHong.Engine.Audit;

/// <summary>
/// Compares one instance row with its journal and its seal (đối chiếu hồ sơ với nhật ký): the row's head must be the
/// chain's last entry, its status and outcome what the last instance-level event says, its open bookmarks fit its
/// status, and (with the key) the whole row and its bookmarks must match the seal the engine wrote.
/// </summary>
internal static class InstanceCheck
{
    public static IEnumerable<Discrepancy> Check(StoredInstance? row, IReadOnlyList<BookmarkRecord> bookmarks, ChainWalk? walk, InstanceSealer? sealer)
    {
        var id = row?.Record.Id ?? walk?.InstanceId ?? bookmarks[0].InstanceId;
        if (walk?.Broken is { } broken)
        {
            yield return broken;
        }

        if (row is null)
        {
            yield return new Discrepancy(DiscrepancyKind.InstanceMissing, id);
            yield break;
        }

        var i = row.Record;
        if (walk?.Broken is null)
        {
            foreach (var d in HeadAndStatus(i, walk))
            {
                yield return d;
            }
        }

        if (i.Status is InstanceStatus.Completed or InstanceStatus.Cancelled && bookmarks.Count > 0)
        {
            yield return new Discrepancy(DiscrepancyKind.BookmarksAfterEnd, id, Expected: "0", Found: bookmarks.Count.ToString(CultureInfo.InvariantCulture));
        }

        if (i.Status == InstanceStatus.Suspended && bookmarks.Count == 0)
        {
            yield return new Discrepancy(DiscrepancyKind.NoOpenBookmark, id);
        }

        if (sealer?.Check(i, bookmarks, row.Seal) is { } mismatch && mismatch != SealMismatch.None)
        {
            yield return mismatch == SealMismatch.Missing
                ? new Discrepancy(DiscrepancyKind.SealMissing, id)
                : new Discrepancy(DiscrepancyKind.SealBroken, id, Found: mismatch.ToString());
        }
    }

    private static IEnumerable<Discrepancy> HeadAndStatus(InstanceRecord i, ChainWalk? walk)
    {
        var lastSeq = walk?.HeadSeq ?? 0;
        var seq = i.JournalSeq.ToString(CultureInfo.InvariantCulture);
        if (i.JournalSeq > lastSeq)
        {
            yield return new Discrepancy(DiscrepancyKind.EntriesMissing, i.Id, lastSeq + 1, seq, lastSeq.ToString(CultureInfo.InvariantCulture));
        }
        else if (i.JournalSeq < lastSeq)
        {
            yield return new Discrepancy(DiscrepancyKind.EntriesBeyondHead, i.Id, i.JournalSeq + 1, seq, lastSeq.ToString(CultureInfo.InvariantCulture));
        }
        else if (walk is not null && i.JournalHash != walk.HeadHash)
        {
            yield return new Discrepancy(DiscrepancyKind.HeadMismatch, i.Id, lastSeq, i.JournalHash, walk.HeadHash);
        }

        if (walk?.LastInstanceEvent is not { } last)
        {
            yield break;
        }

        InstanceStatus[] expected = last.Event switch
        {
            JournalEvents.InstanceCompleted => [InstanceStatus.Completed],
            JournalEvents.InstanceCancelled => [InstanceStatus.Cancelled],
            JournalEvents.InstanceFaulted => [InstanceStatus.Faulted],
            _ => [InstanceStatus.Running, InstanceStatus.Suspended],
        };
        if (!expected.Contains(i.Status))
        {
            yield return new Discrepancy(DiscrepancyKind.StatusMismatch, i.Id, Expected: string.Join('|', expected), Found: i.Status.ToString());
        }

        // Only a completion sets an outcome.
        var outcome = last.Event == JournalEvents.InstanceCompleted ? last.Outcome : null;
        if (i.Outcome != outcome)
        {
            yield return new Discrepancy(DiscrepancyKind.OutcomeMismatch, i.Id, Expected: outcome, Found: i.Outcome);
        }
    }
}
