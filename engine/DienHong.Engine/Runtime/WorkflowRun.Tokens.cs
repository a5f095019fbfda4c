using System.Text.Json.Nodes;
using DienHong.Engine.Activities;
using DienHong.Engine.Expressions;
using DienHong.Engine.Storage;

namespace DienHong.Engine.Runtime;

/// <summary>The token game: run nodes, follow outcomes, synchronise at joins, end or fault.</summary>
internal sealed partial class WorkflowRun
{
    /// <summary>Runs tokens until none is left, fires joins that nothing more can reach, and settles the status.</summary>
    private void Drive()
    {
        while (status == InstanceStatus.Running)
        {
            while (status == InstanceStatus.Running && queue.TryDequeue(out var token))
            {
                if (!budget.Take(token.Node))
                {
                    OverBudget(token);
                    break;
                }

                Step(token.Node, token.Edge);
            }

            if (status != InstanceStatus.Running || !FireStalledJoin())
            {
                break;
            }
        }

        if (status != InstanceStatus.Running)
        {
            return;
        }

        if (open.Count == 0 && !HasState)
        {
            // Implicit termination (WCP-11): nothing is left to wait for.
            Append(null, JournalEvents.InstanceCompleted, Actor, outcome, null, null);
            status = InstanceStatus.Completed;
        }
        else
        {
            status = InstanceStatus.Suspended;
        }
    }

    private void Step(int nodeIndex, int edge)
    {
        var node = Definition.Nodes[nodeIndex];
        if (node.IsJoin)
        {
            Arrive(node, edge);
            return;
        }

        var nodeInstanceId = Ids.New();
        var context = new ActivityContext(this, node, nodeInstanceId, null);
        var result = Invoke(() => node.Activity.Execute(context));
        Apply(node, nodeInstanceId, result, null, null, (nodeIndex, edge));
    }

    private void Apply(CompiledNode node, string nodeInstanceId, ActivityResult result, BookmarkRecord? resumed, ResumeInput? input, (int Node, int Edge) token)
    {
        switch (result)
        {
            case ActivityResult.Completed completed:
                CloseNodeInstance(node, nodeInstanceId, resumed);
                if (node != Definition.Start)
                {
                    Append(node.Id, completed.Event ?? JournalEvents.NodeCompleted, Actor,
                        completed.Outcomes.Count == 0 ? null : string.Join(",", completed.Outcomes), completed.Comment ?? input?.Comment, completed.Data);
                }

                Route(node, completed.Outcomes, token);
                break;
            case ActivityResult.Waiting waiting:
                if (resumed is not null && !waiting.KeepResumed)
                {
                    Remove(resumed);
                }
                else if (resumed is not null && waiting.Change is { } change)
                {
                    Change(resumed, change);
                }

                foreach (var request in waiting.Bookmarks)
                {
                    Add(node, nodeInstanceId, request);
                    Append(node.Id, request.Event ?? JournalEvents.Waiting, Actor, null, null, WaitData(request));
                }

                if (OpenBookmarksOf(nodeInstanceId).Count == 0)
                {
                    Fault(node, nodeInstanceId, resumed, $"{node.Definition.Type} waits without a bookmark: nothing could resume it.", token);
                }

                break;
            case ActivityResult.Faulted faulted:
                Fault(node, nodeInstanceId, resumed, faulted.Message, token);
                break;
            case ActivityResult.Terminated terminated:
                End(node, terminated.InstanceOutcome);
                break;
            case ActivityResult.Rejected rejected:
                throw new RunRejectedException(rejected.Message);
        }
    }

    private void Arrive(CompiledNode join, int edge)
    {
        if (!State.Joins.TryGetValue(join.Id, out var arrived))
        {
            State.Joins[join.Id] = arrived = [];
        }

        if (!arrived.Contains(edge))
        {
            arrived.Add(edge);
        }

        var policy = (JoinPolicy)join.Config!;
        if (arrived.Count >= policy.Threshold(join.Incoming.Count))
        {
            FireJoin(join);
        }
    }

    private void FireJoin(CompiledNode join)
    {
        State.Joins.Remove(join.Id);
        if (((JoinPolicy)join.Config!).CancelsRest)
        {
            CancelBranchesTo(join);
        }

        Append(join.Id, JournalEvents.NodeCompleted, Actor, null, null, null);
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

        foreach (var b in open.Where(b => Definition.CanReach(Definition.Node(b.NodeId).Index, join.Index)).ToList())
        {
            Remove(b);
            State.NodeStates.Remove(b.NodeInstanceId);
            Append(b.NodeId, JournalEvents.NodeCancelled, Actor, null, null, null);
        }

        foreach (var other in State.Joins.Keys.Where(j => Definition.CanReach(Definition.Node(j).Index, join.Index)).ToList())
        {
            State.Joins.Remove(other);
        }
    }

    /// <summary>
    /// Dead-path elimination by reachability: a join whose missing branches can no longer arrive (no open bookmark,
    /// token or waiting join can reach it) fires with what has arrived.
    /// </summary>
    private bool FireStalledJoin()
    {
        if (!HasState || State.Joins.Count == 0)
        {
            return false;
        }

        foreach (var joinId in State.Joins.Keys.ToList())
        {
            var join = Definition.Node(joinId);
            var reachable = open.Any(b => Definition.CanReach(Definition.Node(b.NodeId).Index, join.Index))
                || State.Joins.Keys.Any(other => other != joinId && Definition.CanReach(Definition.Node(other).Index, join.Index));
            if (!reachable)
            {
                FireJoin(join);
                return true;
            }
        }

        return false;
    }

    private static ActivityResult Invoke(Func<ActivityResult> activity)
    {
        try
        {
            return activity();
        }
        catch (ExpressionException e)
        {
            return ActivityResult.Fault($"Expression {e.Message}");
        }
        catch (RunRejectedException)
        {
            throw;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return ActivityResult.Fault($"{e.GetType().Name}: {e.Message}");
        }
    }

    private static string? WaitData(NewBookmark request)
    {
        if (request.Assignee is null && request.DueAt is null && request.WakeAt is null && request.Key is null)
        {
            return null;
        }

        var buffer = new System.Buffers.ArrayBufferWriter<byte>(160);
        using (var w = new System.Text.Json.Utf8JsonWriter(buffer))
        {
            w.WriteStartObject();
            w.WriteString("kind", request.Kind.ToString());
            if (request.Key is not null)
            {
                w.WriteString("key", request.Key);
            }

            if (request.Assignee is not null)
            {
                w.WriteString("assignee", request.Assignee);
            }

            if (request.DueAt is { } due)
            {
                w.WriteString("due", due);
            }

            if (request.WakeAt is { } wake)
            {
                w.WriteString("wakeAt", wake);
            }

            w.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan);
    }
}
