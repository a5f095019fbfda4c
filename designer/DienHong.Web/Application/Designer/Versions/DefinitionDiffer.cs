using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace DienHong.Web.Application.Designer.Versions;

/// <summary>
/// Compares two versions of a definition structurally (so sánh cấu trúc): top-level fields, variables by name, nodes
/// by id (a changed node gives one change per property path), edges by source, outcome and target. The
/// <c>layout</c> section (positions on the canvas) and the <c>version</c> number are not part of the flow and are
/// ignored; so is the order of nodes, edges and variables.
/// </summary>
public static class DefinitionDiffer
{
    private static readonly HashSet<string> Structural = ["nodes", "edges", "variables", "layout", "version"];
    private static readonly HashSet<string> NodeIdentity = ["id"];
    private static readonly HashSet<string> Nothing = [];
    private static readonly JsonSerializerOptions Compact = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static DefinitionDiff Compare(JsonObject older, JsonObject newer)
    {
        ArgumentNullException.ThrowIfNull(older);
        ArgumentNullException.ThrowIfNull(newer);
        var changes = new List<DiffChange>();
        CompareObjects(older, newer, string.Empty, DiffTarget.Definition, null, changes, Structural);
        CompareKeyed(Items(older, "variables", Name), Items(newer, "variables", Name), DiffTarget.Variable, "variables.", changes);
        CompareNodes(Items(older, "nodes", Id), Items(newer, "nodes", Id), changes);
        CompareEdges(older, newer, changes);
        return new DefinitionDiff(changes);
    }

    /// <summary>The target node of an edge's JSON text, for marking both ends of a changed edge.</summary>
    internal static string? EdgeTarget(string? edgeJson) =>
        edgeJson is not null && JsonNode.Parse(edgeJson) is JsonObject edge ? String(edge, "to") : null;

    private static void CompareNodes(Dictionary<string, JsonObject> older, Dictionary<string, JsonObject> newer, List<DiffChange> changes)
    {
        foreach (var (id, node) in older.Where(n => !newer.ContainsKey(n.Key)))
        {
            changes.Add(new DiffChange(DiffKind.Removed, DiffTarget.Node, id, "nodes." + id, Text(node), null));
        }

        foreach (var (id, node) in newer)
        {
            if (!older.TryGetValue(id, out var before))
            {
                changes.Add(new DiffChange(DiffKind.Added, DiffTarget.Node, id, "nodes." + id, null, Text(node)));
            }
            else
            {
                CompareObjects(before, node, "nodes." + id + ".", DiffTarget.Property, id, changes, NodeIdentity);
            }
        }
    }

    private static void CompareKeyed(Dictionary<string, JsonObject> older, Dictionary<string, JsonObject> newer, DiffTarget target, string prefix, List<DiffChange> changes)
    {
        foreach (var (key, item) in older.Where(n => !newer.ContainsKey(n.Key)))
        {
            changes.Add(new DiffChange(DiffKind.Removed, target, null, prefix + key, Text(item), null));
        }

        foreach (var (key, item) in newer)
        {
            if (!older.TryGetValue(key, out var before))
            {
                changes.Add(new DiffChange(DiffKind.Added, target, null, prefix + key, null, Text(item)));
            }
            else if (!JsonNode.DeepEquals(before, item))
            {
                changes.Add(new DiffChange(DiffKind.Changed, target, null, prefix + key, Text(before), Text(item)));
            }
        }
    }

    private static void CompareEdges(JsonObject older, JsonObject newer, List<DiffChange> changes)
    {
        var before = Edges(older);
        var after = Edges(newer);
        changes.AddRange(before.Where(e => !after.ContainsKey(e.Key)).Select(e => new DiffChange(DiffKind.Removed, DiffTarget.Edge, From(e.Value), "edges." + e.Key, Text(e.Value), null)));
        changes.AddRange(after.Where(e => !before.ContainsKey(e.Key)).Select(e => new DiffChange(DiffKind.Added, DiffTarget.Edge, From(e.Value), "edges." + e.Key, null, Text(e.Value))));
    }

    /// <summary>Adds a change per differing leaf; arrays are compared whole (an outcome list is one value to a reader).</summary>
    private static void CompareObjects(JsonObject older, JsonObject newer, string prefix, DiffTarget target, string? nodeId, List<DiffChange> changes, IReadOnlySet<string> skipped)
    {
        foreach (var (name, value) in older)
        {
            if (!skipped.Contains(name) && !newer.ContainsKey(name))
            {
                changes.Add(new DiffChange(DiffKind.Removed, target, nodeId, prefix + name, Text(value), null));
            }
        }

        foreach (var (name, value) in newer)
        {
            if (skipped.Contains(name))
            {
                continue;
            }

            if (!older.TryGetPropertyValue(name, out var before))
            {
                changes.Add(new DiffChange(DiffKind.Added, target, nodeId, prefix + name, null, Text(value)));
            }
            else if (before is JsonObject b && value is JsonObject a)
            {
                CompareObjects(b, a, prefix + name + ".", target, nodeId, changes, Nothing);
            }
            else if (!JsonNode.DeepEquals(before, value))
            {
                changes.Add(new DiffChange(DiffKind.Changed, target, nodeId, prefix + name, Text(before), Text(value)));
            }
        }
    }

    /// <summary>The objects of an array by their key; a draft may be unfinished, so an item without a key is keyed by its place.</summary>
    private static Dictionary<string, JsonObject> Items(JsonObject definition, string array, Func<JsonObject, string?> key)
    {
        var items = new Dictionary<string, JsonObject>(StringComparer.Ordinal);
        if (definition[array] is JsonArray list)
        {
            for (var i = 0; i < list.Count; i++)
            {
                if (list[i] is JsonObject item)
                {
                    items.TryAdd(key(item) ?? "#" + i, item);
                }
            }
        }

        return items;
    }

    private static Dictionary<string, JsonObject> Edges(JsonObject definition) =>
        Items(definition, "edges", e => From(e) + (String(e, "outcome") is { } outcome ? ":" + outcome : string.Empty) + "->" + String(e, "to"));

    private static string? Id(JsonObject node) => String(node, "id");

    private static string? Name(JsonObject variable) => String(variable, "name");

    private static string? From(JsonObject edge) => String(edge, "from");

    private static string? String(JsonObject o, string name) =>
        o[name] is JsonValue v && v.GetValueKind() == JsonValueKind.String ? v.GetValue<string>() : null;

    private static string Text(JsonNode? node) => node?.ToJsonString(Compact) ?? "null";
}
