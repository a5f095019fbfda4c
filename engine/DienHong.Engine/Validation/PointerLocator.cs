using System.Globalization;
using System.Text.Json;
using DienHong.Engine.Definitions;

namespace DienHong.Engine.Validation;

/// <summary>Turns a JSON pointer into what a finding shows: the line, and the node or edge it is in.</summary>
internal sealed class PointerLocator(JsonLineMap lines, JsonElement root)
{
    private readonly List<string?> nodeIds = root.ValueKind == JsonValueKind.Object && root.TryGetProperty("nodes", out var ns) && ns.ValueKind == JsonValueKind.Array
        ? [.. ns.EnumerateArray().Select(n => n.ValueKind == JsonValueKind.Object && n.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String ? id.GetString() : null)]
        : [];

    public (int? Line, string? Node, int? Edge) Locate(string pointer)
    {
        var segments = pointer.Split('/', StringSplitOptions.RemoveEmptyEntries);
        string? node = null;
        int? edge = null;
        if (segments is ["nodes", var ni, ..] && int.TryParse(ni, CultureInfo.InvariantCulture, out var n) && n < nodeIds.Count)
        {
            node = nodeIds[n];
        }
        else if (segments is ["edges", var ei, ..] && int.TryParse(ei, CultureInfo.InvariantCulture, out var e))
        {
            edge = e;
        }

        return (lines.LineOf(pointer), node, edge);
    }
}
