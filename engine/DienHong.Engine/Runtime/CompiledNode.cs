using DienHong.Engine.Activities;
using DienHong.Engine.Definitions;

namespace DienHong.Engine.Runtime;

/// <summary>A node with its activity resolved, its configuration read and its edges indexed, shared by every run of one version.</summary>
public sealed class CompiledNode(int index, NodeDefinition definition, IActivity activity, object? config, NodeRole role)
{
    public int Index { get; } = index;

    public string Id => Definition.Id;

    public NodeDefinition Definition { get; } = definition;

    public IActivity Activity { get; } = activity;

    public object? Config { get; } = config;

    public NodeRole Role { get; } = role;

    public IReadOnlyList<CompiledEdge> Outgoing { get; internal set; } = [];

    public IReadOnlyList<CompiledEdge> Incoming { get; internal set; } = [];

    /// <summary>The node's <c>ends</c>: outcome → the instance outcome it ends the case with (null: ends the branch).</summary>
    public IReadOnlyDictionary<string, string?> Ends { get; init; } = new Dictionary<string, string?>();

    public bool IsJoin => Role == NodeRole.Join;

    /// <summary>The join's policy; only a <see cref="NodeRole.Join"/> node has one.</summary>
    internal JoinPolicy JoinPolicy => (JoinPolicy)Config!;
}
