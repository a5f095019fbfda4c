using System.Text.Json;
using DienHong.Engine.Definitions;

namespace DienHong.Web.Application.Flowcharts;

/// <summary>A definition's flowchart (sơ đồ của quy trình): its steps and edges laid out, with the positions of its <c>layout</c> when it has them.</summary>
public static class DefinitionFlow
{
    public static FlowChart Of(WorkflowDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        return FlowLayout.Arrange([.. definition.Nodes.Select(n => n.Id)], [.. definition.Edges.Select(e => new FlowEdge(e.From, e.To, e.Outcome))], Positions(definition));
    }

    /// <summary>The <c>layout</c> positions by node id; a position without both numbers is left out (the schema allows that).</summary>
    private static Dictionary<string, FlowPoint>? Positions(WorkflowDefinition definition)
    {
        using var source = definition.ParseSource();
        if (!source.RootElement.TryGetProperty("layout", out var layout) || layout.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        var positions = new Dictionary<string, FlowPoint>(StringComparer.Ordinal);
        foreach (var node in layout.EnumerateObject())
        {
            if (node.Value.ValueKind == JsonValueKind.Object
                && node.Value.TryGetProperty("x", out var x) && x.TryGetDouble(out var left)
                && node.Value.TryGetProperty("y", out var y) && y.TryGetDouble(out var top))
            {
                positions[node.Name] = new FlowPoint(left, top);
            }
        }

        return positions;
    }
}
