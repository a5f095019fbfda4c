using System.Text.Json.Nodes;
using DienHong.Web.Application.Flowcharts;

namespace DienHong.Web.Application.Designer.Canvas;

/// <summary>Copied nodes (bản sao), the edges between them and where they were, pasted within the page.</summary>
public sealed record CanvasClipboard(IReadOnlyList<JsonObject> Nodes, IReadOnlyList<JsonObject> Edges, IReadOnlyDictionary<string, FlowPoint> Positions)
{
    public bool IsEmpty => Nodes.Count == 0;
}
