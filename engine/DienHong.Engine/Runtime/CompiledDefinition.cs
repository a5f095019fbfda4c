using System.Collections;
using DienHong.Engine.Definitions;
using DienHong.Engine.Expressions;

namespace DienHong.Engine.Runtime;

/// <summary>
/// A definition version prepared for running: nodes resolved to activities, edges indexed, expressions parsed and,
/// for every join, the set of nodes from which it can still be reached. Built once per version and cached.
/// </summary>
internal sealed class CompiledDefinition
{
    private readonly Dictionary<string, CompiledNode> byId;
    private readonly Dictionary<string, CompiledExpression> expressions;
    private readonly Dictionary<int, BitArray> reachesJoin;

    internal CompiledDefinition(
        string id,
        WorkflowDefinition definition,
        IReadOnlyList<CompiledNode> nodes,
        IReadOnlyList<CompiledEdge> edges,
        Dictionary<string, CompiledExpression> expressions)
    {
        Id = id;
        Definition = definition;
        Nodes = nodes;
        Edges = edges;
        this.expressions = expressions;
        byId = nodes.ToDictionary(n => n.Id, StringComparer.Ordinal);
        Start = nodes.Single(n => n.Role == NodeRole.Start);
        reachesJoin = nodes.Where(n => n.IsJoin).ToDictionary(n => n.Index, ReverseReach);
    }

    public string Id { get; }

    public WorkflowDefinition Definition { get; }

    public IReadOnlyList<CompiledNode> Nodes { get; }

    public IReadOnlyList<CompiledEdge> Edges { get; }

    public CompiledNode Start { get; }

    public CompiledNode? Find(string nodeId) => byId.GetValueOrDefault(nodeId);

    public CompiledNode Node(string nodeId) =>
        byId.TryGetValue(nodeId, out var node) ? node : throw new KeyNotFoundException($"Node '{nodeId}' is not in {Definition.Key} v{Definition.Version}.");

    public CompiledExpression Expression(string source) =>
        expressions.TryGetValue(source, out var e) ? e : throw new KeyNotFoundException($"Expression '{source}' was not prepared.");

    /// <summary>Whether a token at <paramref name="node"/> may still reach <paramref name="join"/> (without passing through it).</summary>
    public bool CanReach(int node, int join) => reachesJoin[join][node];

    private BitArray ReverseReach(CompiledNode join)
    {
        var reach = new BitArray(Nodes.Count);
        var stack = new Stack<int>(join.Incoming.Select(e => e.From));
        while (stack.TryPop(out var n))
        {
            if (n == join.Index || reach[n])
            {
                continue;
            }

            reach[n] = true;
            foreach (var e in Nodes[n].Incoming)
            {
                stack.Push(e.From);
            }
        }

        return reach;
    }
}
