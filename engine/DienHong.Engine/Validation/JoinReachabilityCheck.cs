using DienHong.Engine.Resources;

namespace DienHong.Engine.Validation;

/// <summary>
/// Rule <c>join-unreachable-branch</c>: every inbound branch of a Join can arrive. A branch whose source cannot be
/// reached from Start, or whose edge needs an outcome its source never produces as configured, is an error: the
/// join's policy would count a branch that never comes.
/// </summary>
internal static class JoinReachabilityCheck
{
    public static void Check(FlowGraph graph, Action<int?, string?, int?, string, string> add)
    {
        var reached = DefinitionValidator.Reach(
            graph.Nodes.Where(n => n.Type == "Start").Select(n => n.Id), graph.Edges.Where(graph.CanTake).ToLookup(e => e.From, e => e.To, StringComparer.Ordinal));
        foreach (var join in graph.Nodes.Where(n => n.Type == "Join"))
        {
            foreach (var edge in graph.Edges.Where(e => e.To == join.Id))
            {
                if (!reached.Contains(edge.From))
                {
                    add(join.Line, join.Id, edge.Index, "join-unreachable-branch", Text.Format(ValidationMessages.JoinBranchUnreachable, edge.From));
                }
                else if (!graph.CanTake(edge))
                {
                    add(join.Line, join.Id, edge.Index, "join-unreachable-branch", Text.Format(ValidationMessages.JoinBranchDeadOutcome, edge.From, edge.Outcome));
                }
            }
        }
    }
}
