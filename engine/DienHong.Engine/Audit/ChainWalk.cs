using System.Globalization;
using DienHong.Engine.Journal;
using DienHong.Engine.Storage;

namespace DienHong.Engine.Audit;

/// <summary>
/// One instance's journal read in order (lần theo chuỗi): recomputes each link, stops trusting the chain at its first
/// broken link, and remembers the head and the last instance-level event, from which the instance's status follows.
/// </summary>
internal sealed class ChainWalk(string instanceId)
{
    private string previous = JournalChain.Genesis;
    private long expectedSeq = 1;

    public string InstanceId { get; } = instanceId;

    public long Entries { get; private set; }

    /// <summary>The last entry of an unbroken chain (0 and the genesis hash when there is none).</summary>
    public long HeadSeq { get; private set; }

    public string HeadHash => previous;

    public Discrepancy? Broken { get; private set; }

    /// <summary>The last of InstanceStarted, InstanceCompleted, InstanceCancelled, InstanceFaulted, InstanceRetried, with its outcome.</summary>
    public (string Event, string? Outcome)? LastInstanceEvent { get; private set; }

    /// <summary>Takes the next entry.</summary>
    public void Add(JournalEntry e)
    {
        Entries++;
        if (Broken is not null)
        {
            return;
        }

        if (e.Seq != expectedSeq)
        {
            Broken = new Discrepancy(DiscrepancyKind.ChainGap, InstanceId, e.Seq, expectedSeq.ToString(CultureInfo.InvariantCulture), e.Seq.ToString(CultureInfo.InvariantCulture));
            return;
        }

        if (JournalChain.Hash(previous, e) != e.Hash)
        {
            Broken = new Discrepancy(DiscrepancyKind.ChainBroken, InstanceId, e.Seq);
            return;
        }

        if (e.Event is JournalEvents.InstanceStarted or JournalEvents.InstanceCompleted or JournalEvents.InstanceCancelled or JournalEvents.InstanceFaulted or JournalEvents.InstanceRetried)
        {
            LastInstanceEvent = (e.Event, e.Outcome);
        }

        previous = e.Hash;
        HeadSeq = e.Seq;
        expectedSeq++;
    }
}
