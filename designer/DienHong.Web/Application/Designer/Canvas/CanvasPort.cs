namespace DienHong.Web.Application.Designer.Canvas;

/// <summary>An outgoing port of a node: one per outcome; <see cref="Outcome"/> null is the port followed whatever the node completes with.</summary>
public sealed record CanvasPort(string? Outcome);
