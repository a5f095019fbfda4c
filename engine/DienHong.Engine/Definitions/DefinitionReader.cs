using System.Globalization;
using System.Text;
using System.Text.Json;
using DienHong.Calendar;

namespace DienHong.Engine.Definitions;

/// <summary>
/// Reads a definition (docs/format/definitions.md) into the immutable model. It is lenient about shape (a node without
/// an id is skipped, an invalid version reads as 0): the JSON Schema and the validator report such problems, each
/// with its own message, and an invalid definition is never published.
/// </summary>
public static class DefinitionReader
{
    private static readonly HashSet<string> NodeReservedKeys = ["id", "type", "name"];

    /// <summary>Parses <paramref name="json"/>; throws <see cref="JsonException"/> (with line and column) if it is not JSON.</summary>
    public static WorkflowDefinition Read(string json) => Read(json, out _);

    public static WorkflowDefinition Read(string json, out JsonLineMap lines) => Read(json, null, out lines);

    /// <summary>Parses <paramref name="json"/>, noting what breaks <paramref name="limits"/> in <paramref name="lines"/>.</summary>
    /// <exception cref="JsonException">It is not JSON.</exception>
    /// <exception cref="DefinitionInputException">It is nested deeper than the limits allow.</exception>
    public static WorkflowDefinition Read(string json, DefinitionLimits? limits, out JsonLineMap lines)
    {
        var utf8 = Encoding.UTF8.GetBytes(json);
        lines = JsonLineMap.Build(utf8, limits);
        using var doc = JsonDocument.Parse(utf8, DocumentOptions(limits));
        var root = doc.RootElement;
        if (root.ValueKind != JsonValueKind.Object)
        {
            throw new JsonException("The definition must be a JSON object.", null, 1, 0);
        }

        var nodes = new List<NodeDefinition>();
        var index = 0;
        foreach (var n in Array(root, "nodes"))
        {
            var id = String(n, "id");
            var type = String(n, "type");
            if (id is not null && type is not null)
            {
                var props = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
                foreach (var p in n.EnumerateObject())
                {
                    if (!NodeReservedKeys.Contains(p.Name))
                    {
                        props[p.Name] = p.Value.Clone();
                    }
                }

                nodes.Add(new NodeDefinition(id, type, Text(n, "name"), props, lines.LineOf($"/nodes/{index}") ?? 0));
            }

            index++;
        }

        var edges = new List<EdgeDefinition>();
        index = 0;
        foreach (var e in Array(root, "edges"))
        {
            var from = String(e, "from");
            var to = String(e, "to");
            if (from is not null && to is not null)
            {
                edges.Add(new EdgeDefinition(from, to, String(e, "outcome"), index, lines.LineOf($"/edges/{index}") ?? 0));
            }

            index++;
        }

        var variables = Array(root, "variables")
            .Select(v => (Name: String(v, "name"), v))
            .Where(x => x.Name is not null)
            .Select(x => new VariableDefinition(
                x.Name!,
                String(x.v, "type") ?? "any",
                x.v.TryGetProperty("required", out var r) && r.ValueKind == JsonValueKind.True,
                x.v.TryGetProperty("default", out var d) ? d.Clone() : null,
                x.v.TryGetProperty("input", out var i) && i.ValueKind is JsonValueKind.True or JsonValueKind.False ? i.ValueKind == JsonValueKind.True : (bool?)null,
                String(x.v, "from"),
                String(x.v, "format"))
            {
                Description = Text(x.v, "description"),
            })
            .ToList();

        IReadOnlyList<string>? starters = root.TryGetProperty("starters", out var s) && s.ValueKind == JsonValueKind.Array
            ? [.. s.EnumerateArray().Where(r => r.ValueKind == JsonValueKind.String).Select(r => r.GetString()!)]
            : null;

        var legal = Array(root, "legalBasis")
            .Where(l => String(l, "document") is not null)
            .Select(l => new LegalBasis(String(l, "document")!, String(l, "article"), Date(l, "effectiveFrom"), Date(l, "effectiveTo"), String(l, "note")))
            .ToList();

        var outcomeLabels = new Dictionary<string, LocalizedText>(StringComparer.Ordinal);
        if (root.TryGetProperty("outcomeLabels", out var labels) && labels.ValueKind == JsonValueKind.Object)
        {
            foreach (var label in labels.EnumerateObject())
            {
                if (Text(label.Value) is { } text)
                {
                    outcomeLabels[label.Name] = text;
                }
            }
        }

        var version = root.TryGetProperty("version", out var ver) && ver.ValueKind == JsonValueKind.Number && ver.TryGetInt32(out var v32) ? v32 : 0;
        return new WorkflowDefinition(
            String(root, "key") ?? string.Empty,
            version,
            Text(root, "name") ?? new LocalizedText(String(root, "key") ?? string.Empty),
            Text(root, "description"),
            legal,
            variables,
            nodes,
            edges,
            json)
        {
            Starters = starters,
            OutcomeLabels = outcomeLabels,
        };
    }

    /// <summary>The parser options for a definition: as deep as <paramref name="limits"/> allow (the mapping has refused deeper).</summary>
    public static JsonDocumentOptions DocumentOptions(DefinitionLimits? limits) =>
        limits is null ? default : new JsonDocumentOptions { MaxDepth = limits.MaxDepth + 1 };

    /// <summary>Reads a bilingual text: <c>{ "vi": "...", "en": "..." }</c>, or a plain string taken as Vietnamese.</summary>
    public static LocalizedText? Text(JsonElement owner, string name) =>
        owner.TryGetProperty(name, out var t) ? Text(t) : null;

    public static LocalizedText? Text(JsonElement t) => t.ValueKind switch
    {
        JsonValueKind.String => new LocalizedText(t.GetString()!),
        JsonValueKind.Object when String(t, "vi") is { } vi => new LocalizedText(vi, String(t, "en")),
        _ => null,
    };

    private static IEnumerable<JsonElement> Array(JsonElement owner, string name) =>
        owner.TryGetProperty(name, out var a) && a.ValueKind == JsonValueKind.Array
            ? a.EnumerateArray().Where(x => x.ValueKind == JsonValueKind.Object)
            : [];

    private static string? String(JsonElement owner, string name) =>
        owner.ValueKind == JsonValueKind.Object && owner.TryGetProperty(name, out var s) && s.ValueKind == JsonValueKind.String ? s.GetString() : null;

    private static DateOnly? Date(JsonElement owner, string name) =>
        String(owner, name) is { } s && DateOnly.TryParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;
}
