namespace DienHong.Engine.Runtime;

/// <summary>A token that waits to run at a node, having come along an edge (-1 for the start).</summary>
internal sealed record PendingToken(string Node, int Edge);
