using DienHong.Engine.Activities;
using DienHong.Engine.Definitions;

namespace DienHong.Engine.Validation;

/// <summary>A definition's nodes of known types (each id once) and the edges between them, for the flow rules.</summary>
internal sealed class FlowGraph
{
    private readonly ActivityRegistry activities;
    private readonly ILookup<string, EdgeDefinition> outgoing;
    private readonly Dictionary<string, NodeDefinition> byId;

    public FlowGraph(WorkflowDefinition definition, ActivityRegistry activities)
    {
        this.activities = activities;
        Nodes = definition.Nodes.DistinctBy(n => n.Id).Where(n => activities.Find(n.Type) is not null).ToList();
        byId = Nodes.ToDictionary(n => n.Id, StringComparer.Ordinal);
        Edges = definition.Edges.Where(e => byId.ContainsKey(e.From) && byId.ContainsKey(e.To)).ToList();
        outgoing = Edges.ToLookup(e => e.From, StringComparer.Ordinal);
    }

    public IReadOnlyList<NodeDefinition> Nodes { get; }

    public IReadOnlyList<EdgeDefinition> Edges { get; }

    public IActivity Activity(NodeDefinition node) => activities.Find(node.Type)!;

    public IEnumerable<EdgeDefinition> Outgoing(string node) => outgoing[node];

    /// <summary>Whether a token can ever take the edge: it has no outcome, or <c>Faulted</c>, or one its source can produce as configured.</summary>
    public bool CanTake(EdgeDefinition edge) =>
        edge.Outcome is null or Runtime.Outcomes.Faulted || Activity(byId[edge.From]).PossibleOutcomes(byId[edge.From]).Contains(edge.Outcome);
}
