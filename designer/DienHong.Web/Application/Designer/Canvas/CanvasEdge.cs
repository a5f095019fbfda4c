namespace DienHong.Web.Application.Designer.Canvas;

/// <summary>An edge as drawn, with its place in the definition's <c>edges</c> (which deleting it removes).</summary>
public sealed record CanvasEdge(int Index, string From, string? Outcome, string To);
