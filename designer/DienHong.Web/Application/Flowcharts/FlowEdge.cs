namespace DienHong.Web.Application.Flowcharts;

/// <summary>An edge to lay out: from a node to a node, with the outcome that follows it (none: any outcome).</summary>
public sealed record FlowEdge(string From, string To, string? Outcome = null);
