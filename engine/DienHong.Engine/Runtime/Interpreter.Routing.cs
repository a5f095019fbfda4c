using DienHong.Engine.Journal;
using DienHong.Engine.Storage;

namespace DienHong.Engine.Runtime;

/// <summary>Where a token goes after its node: the edges its outcomes take, the end of the case, or an incident.</summary>
internal sealed partial class Interpreter
{
    /// <summary>
    /// Takes the edges the outcomes follow. An outcome no edge takes ends the case (or only its branch) when the
    /// node's <c>ends</c> names it; otherwise it is an incident, so a decision (a rejection) is never dropped in
    /// silence. A node that completes with the default outcome and has no edges at all simply ends its branch.
    /// </summary>
    private void Route(CompiledNode node, IReadOnlyList<string> outcomes, (int Node, int Edge) token)
    {
        var unconditional = node.Outgoing.Any(e => e.Outcome is null);
        if (outcomes.Count == 0 && !unconditional && node.Outgoing.Count > 0)
        {
            Incident(node, new Failure(IncidentCodes.UnroutedDefaultOutcome, [node.Id]), new PendingToken(node.Id, token.Edge));
            return;
        }

        var unrouted = unconditional ? [] : outcomes.Where(o => !node.Outgoing.Any(e => e.Outcome == o)).ToList();
        if (unrouted.FirstOrDefault(o => !node.Ends.ContainsKey(o)) is { } lost)
        {
            Incident(node, new Failure(IncidentCodes.UnroutedOutcome, [node.Id, lost]), new PendingToken(node.Id, token.Edge));
        }
        else if (unrouted.Select(o => node.Ends[o]).FirstOrDefault(e => e is not null) is { } instanceOutcome)
        {
            End(node, instanceOutcome);
        }
        else
        {
            Follow(node, outcomes);
        }
    }

    private void Follow(CompiledNode node, IReadOnlyList<string> outcomes)
    {
        foreach (var edge in node.Outgoing)
        {
            if (edge.Follows(outcomes))
            {
                queue.Enqueue((edge.To, edge.Index));
            }
        }
    }

    /// <summary>Ends the case at <paramref name="node"/> (an End, or an outcome its <c>ends</c> names): open work is cancelled.</summary>
    private void End(CompiledNode node, string? instanceOutcome)
    {
        CloseAll();
        Changes.Outcome = instanceOutcome;
        Append(node.Id, JournalEvents.InstanceCompleted, instanceOutcome, null, null);
        Status = InstanceStatus.Completed;
    }

    /// <summary>
    /// A node failed: when the definition routes its failure, the node instance is closed and only its
    /// <c>Faulted</c> edges are taken (never its success edges); else an incident is raised.
    /// </summary>
    private void Fault(CompiledNode node, string nodeInstanceId, BookmarkRecord? resumed, Failure failure, (int Node, int Edge) token)
    {
        var faulted = node.Outgoing.Where(e => e.Outcome == Outcomes.Faulted).ToList();
        if (faulted.Count > 0)
        {
            CloseNodeInstance(node, nodeInstanceId, resumed);
            Append(node.Id, JournalEvents.NodeFaulted, Outcomes.Faulted, null, failure.ToJson().ToJsonString());
            foreach (var edge in faulted)
            {
                queue.Enqueue((edge.To, edge.Index));
            }

            return;
        }

        // A node that failed on resume keeps its bookmark open, so a retry needs no token for it.
        Incident(node, failure, resumed is null ? new PendingToken(node.Id, token.Edge) : null);
    }

    /// <summary>Stops the run Faulted: the token to run again (if any) and every token not yet run wait for a retry.</summary>
    private void Incident(CompiledNode node, Failure failure, PendingToken? rerun)
    {
        Changes.AddIncident(node.Id, failure);
        Append(node.Id, JournalEvents.InstanceFaulted, null, null, failure.ToJson().ToJsonString());
        Status = InstanceStatus.Faulted;
        if (rerun is not null)
        {
            Changes.State.Pending.Add(rerun);
        }

        while (queue.TryDequeue(out var rest))
        {
            Changes.State.Pending.Add(new PendingToken(Definition.Nodes[rest.Node].Id, rest.Edge));
        }
    }

    /// <summary>The run has spent its step budget without waiting: an automatic loop. The token it stopped at waits for a retry.</summary>
    private void OverBudget((int Node, int Edge) token)
    {
        var node = Definition.Nodes[token.Node];
        var loop = string.Join(" → ", budget.Loop().Select(n => Definition.Nodes[n].Id));
        Incident(node, new Failure(IncidentCodes.StepBudgetExceeded, [budget.Steps, loop]), new PendingToken(node.Id, token.Edge));
    }

    /// <summary>Closes what is left of a finished node instance: its other bookmarks (journalled as cancelled) and its state.</summary>
    private void CloseNodeInstance(CompiledNode node, string nodeInstanceId, BookmarkRecord? resumed)
    {
        foreach (var b in Changes.OpenOf(nodeInstanceId))
        {
            Changes.Remove(b);
            if (b != resumed)
            {
                Append(node.Id, JournalEvents.NodeCancelled, null, null, null);
            }
        }

        Changes.ForgetNodeState(nodeInstanceId);
    }

    /// <summary>
    /// Closes every open wait of an instance that is ending. Its run state needs no clearing: an ended instance is
    /// stored with none (<see cref="RunChangeSet.ToChanges"/>), and no token runs after the end.
    /// </summary>
    private void CloseAll()
    {
        foreach (var b in Changes.Open.ToList())
        {
            Changes.Remove(b);
            Append(b.NodeId, JournalEvents.NodeCancelled, null, null, null);
        }
    }
}
