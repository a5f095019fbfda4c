using DienHong.Engine.Activities;
using DienHong.Engine.Definitions;

namespace DienHong.Engine.Runtime;

/// <summary>A node with its activity resolved, its configuration read and its edges indexed, shared by every run of one version.</summary>
public sealed class CompiledNode
{
    internal CompiledNode(int index, NodeDefinition definition, IActivity activity, object? config, NodeRole role)
    {
        Index = index;
        Definition = definition;
        Activity = activity;
        Config = config;
        Role = role;
    }

    public string Id => Definition.Id;

    public NodeDefinition Definition { get; }

    public IActivity Activity { get; }

    /// <summary>What the activity's <see cref="IActivity.Compile"/> read from the node's properties.</summary>
    public object? Config { get; }

    internal int Index { get; }

    internal NodeRole Role { get; }

    internal IReadOnlyList<CompiledEdge> Outgoing { get; set; } = [];

    internal IReadOnlyList<CompiledEdge> Incoming { get; set; } = [];

    /// <summary>The node's <c>ends</c>: outcome → the instance outcome it ends the case with (null: ends the branch).</summary>
    internal IReadOnlyDictionary<string, string?> Ends { get; init; } = new Dictionary<string, string?>();

    /// <summary>Whether the definition routes <paramref name="outcome"/> from this node: an edge takes it, or its <c>ends</c> names it.</summary>
    public bool Routes(string outcome) => Outgoing.Any(e => e.Outcome is null || e.Outcome == outcome) || Ends.ContainsKey(outcome);

    internal bool IsJoin => Role == NodeRole.Join;

    /// <summary>The join's policy; only a <see cref="NodeRole.Join"/> node has one.</summary>
    internal JoinPolicy JoinPolicy => (JoinPolicy)Config!;
}
