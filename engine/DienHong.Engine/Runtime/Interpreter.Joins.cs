using DienHong.Engine.Journal;

namespace DienHong.Engine.Runtime;

/// <summary>Joins (hợp nhánh): arrivals counted by policy, branches cancelled, and dead paths eliminated by reachability.</summary>
internal sealed partial class Interpreter
{
    private void Arrive(CompiledNode join, int edge)
    {
        var joins = Changes.State.Joins;
        if (!joins.TryGetValue(join.Id, out var arrived))
        {
            joins[join.Id] = arrived = [];
        }

        if (!arrived.Contains(edge))
        {
            arrived.Add(edge);
        }

        if (arrived.Count >= join.JoinPolicy.Threshold(join.Incoming.Count))
        {
            FireJoin(join);
        }
    }

    private void FireJoin(CompiledNode join)
    {
        Changes.State.Joins.Remove(join.Id);
        if (join.JoinPolicy.CancelsRest)
        {
            CancelBranchesTo(join);
        }

        Append(join.Id, JournalEvents.NodeCompleted, null, null, null);
        Follow(join, []);
    }

    /// <summary>A join that has fired without them closes the branches that could still reach it.</summary>
    private void CancelBranchesTo(CompiledNode join)
    {
        var keep = queue.Where(t => t.Node != join.Index && !Definition.CanReach(t.Node, join.Index)).ToList();
        queue.Clear();
        foreach (var t in keep)
        {
            queue.Enqueue(t);
        }

        foreach (var b in Changes.Open.Where(b => Definition.CanReach(Definition.Node(b.NodeId).Index, join.Index)).ToList())
        {
            Changes.Remove(b);
            Changes.State.NodeStates.Remove(b.NodeInstanceId);
            Append(b.NodeId, JournalEvents.NodeCancelled, null, null, null);
        }

        var joins = Changes.State.Joins;
        foreach (var other in joins.Keys.Where(j => Definition.CanReach(Definition.Node(j).Index, join.Index)).ToList())
        {
            joins.Remove(other);
        }
    }

    /// <summary>
    /// Dead-path elimination by reachability: a join whose missing branches can no longer arrive (no open bookmark,
    /// token or waiting join can reach it) fires with what has arrived.
    /// </summary>
    private bool FireStalledJoin()
    {
        if (!Changes.HasState || Changes.State.Joins.Count == 0)
        {
            return false;
        }

        var joins = Changes.State.Joins;
        foreach (var joinId in joins.Keys.ToList())
        {
            var join = Definition.Node(joinId);
            var reachable = Changes.Open.Any(b => Definition.CanReach(Definition.Node(b.NodeId).Index, join.Index))
                || joins.Keys.Any(other => other != joinId && Definition.CanReach(Definition.Node(other).Index, join.Index));
            if (!reachable)
            {
                FireJoin(join);
                return true;
            }
        }

        return false;
    }
}
