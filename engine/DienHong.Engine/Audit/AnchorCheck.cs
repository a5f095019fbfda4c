using DienHong.Engine.Storage;

namespace DienHong.Engine.Audit;

/// <summary>
/// Checks the database against anchors (đối chiếu mốc neo): each anchor's signature and root, then, while the journal
/// is read, that every head it holds is still there with the same hash. A chain whose anchored entry is unchanged
/// and whose links hold has the history the anchor saw, up to that entry. With a <paramref name="scope"/> only that
/// instance's heads are checked.
/// </summary>
internal sealed class AnchorCheck(List<Discrepancy> found, string? scope)
{
    private readonly Dictionary<(string Instance, long Seq), List<(long Anchor, string Hash)>> expected = [];
    private readonly HashSet<string> anchored = new(StringComparer.Ordinal);
    private readonly HashSet<string> seen = new(StringComparer.Ordinal);

    public int Count { get; private set; }

    /// <summary>Takes an anchor to check; its signature is checked when <paramref name="publicKey"/> is given.</summary>
    public void Add(Anchor anchor, byte[]? publicKey)
    {
        Count++;
        if (publicKey is not null && !AnchorSeal.Verify(anchor, publicKey))
        {
            found.Add(new Discrepancy(DiscrepancyKind.AnchorSignatureInvalid, Anchor: anchor.Id));
        }

        if (AnchorSeal.Root(anchor.Heads) != anchor.Root)
        {
            // The signature covers the root, not the list: a list that does not hash to it says nothing.
            found.Add(new Discrepancy(DiscrepancyKind.AnchorRootInvalid, Anchor: anchor.Id));
            return;
        }

        foreach (var line in anchor.Heads)
        {
            var head = AnchorSeal.Parse(line)!;
            if (scope is not null && head.InstanceId != scope)
            {
                continue;
            }

            if (!expected.TryGetValue((head.InstanceId, head.Seq), out var list))
            {
                expected[(head.InstanceId, head.Seq)] = list = [];
            }

            list.Add((anchor.Id, head.Hash));
            anchored.Add(head.InstanceId);
        }
    }

    /// <summary>An instance id was met (its row, bookmarks or journal exist).</summary>
    public void Instance(string id)
    {
        if (anchored.Contains(id))
        {
            seen.Add(id);
        }
    }

    public void Entry(JournalEntry e)
    {
        if (expected.Remove((e.InstanceId, e.Seq), out var list))
        {
            foreach (var (anchor, hash) in list.Where(x => x.Hash != e.Hash))
            {
                found.Add(new Discrepancy(DiscrepancyKind.AnchoredEntryChanged, e.InstanceId, e.Seq, hash, e.Hash, anchor));
            }
        }
    }

    /// <summary>Every anchored head not met in the journal: its entry or its whole instance is gone.</summary>
    public void Finish()
    {
        foreach (var ((instance, seq), list) in expected)
        {
            foreach (var (anchor, hash) in list)
            {
                found.Add(seen.Contains(instance)
                    ? new Discrepancy(DiscrepancyKind.AnchoredEntryChanged, instance, seq, hash, null, anchor)
                    : new Discrepancy(DiscrepancyKind.AnchoredInstanceMissing, instance, seq, hash, null, anchor));
            }
        }
    }
}
