using DienHong.Engine.Definitions;
using DienHong.Engine.Resources;

namespace DienHong.Engine.Validation;

/// <summary>
/// Rule <c>cycle-without-wait</c> (a warning): a cycle none of whose nodes can wait runs again and again within one
/// run when its exit is never taken, until the run's step budget stops it. Cycles are the strongly connected
/// components of the flowchart (Tarjan).
/// </summary>
internal static class CycleCheck
{
    public static void Check(FlowGraph graph, Action<int?, string?, int?, string, string> warn)
    {
        foreach (var cycle in Cycles(graph))
        {
            if (!cycle.Any(n => graph.Activity(n).Descriptor.CanWait))
            {
                var first = cycle[0];
                warn(first.Line, first.Id, null, "cycle-without-wait", Text.Format(ValidationMessages.CycleWithoutWait, string.Join(" → ", cycle.Select(n => n.Id))));
            }
        }
    }

    /// <summary>Every component with a cycle (several nodes, or one with an edge to itself), its nodes in definition order.</summary>
    private static List<List<NodeDefinition>> Cycles(FlowGraph graph)
    {
        var order = graph.Nodes.Select((n, i) => (n.Id, i)).ToDictionary(x => x.Id, x => x.i, StringComparer.Ordinal);
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        var low = new Dictionary<string, int>(StringComparer.Ordinal);
        var stack = new Stack<string>();
        var onStack = new HashSet<string>(StringComparer.Ordinal);
        var found = new List<List<NodeDefinition>>();

        void Visit(string v)
        {
            index[v] = low[v] = index.Count;
            stack.Push(v);
            onStack.Add(v);
            foreach (var w in graph.Outgoing(v).Select(e => e.To))
            {
                if (!index.TryGetValue(w, out var seen))
                {
                    Visit(w);
                    low[v] = Math.Min(low[v], low[w]);
                }
                else if (onStack.Contains(w))
                {
                    low[v] = Math.Min(low[v], seen);
                }
            }

            if (low[v] != index[v])
            {
                return;
            }

            var component = new List<string>();
            string top;
            do
            {
                top = stack.Pop();
                onStack.Remove(top);
                component.Add(top);
            }
            while (top != v);

            if (component.Count > 1 || graph.Outgoing(v).Any(e => e.To == v))
            {
                found.Add([.. component.OrderBy(id => order[id]).Select(id => graph.Nodes[order[id]])]);
            }
        }

        foreach (var node in graph.Nodes.Where(n => !index.ContainsKey(n.Id)))
        {
            Visit(node.Id);
        }

        return found;
    }
}
