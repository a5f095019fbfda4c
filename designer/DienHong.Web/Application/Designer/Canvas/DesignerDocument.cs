using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using DienHong.Engine.Activities;
using DienHong.Web.Application.Flowcharts;

namespace DienHong.Web.Application.Designer.Canvas;

/// <summary>
/// The definition being designed (bản thiết kế): exactly the <c>*.workflow.json</c> document as a
/// <see cref="JsonObject"/>, with the edits the canvas makes (add, remove, move, connect, paste, replace a node). There
/// is no second model of a definition: what is saved is <see cref="ToJson"/>. Node positions live in the
/// <c>layout</c> section, which the engine ignores; a document without one is laid out by <see cref="FlowLayout"/>.
/// </summary>
public sealed class DesignerDocument
{
    private const string LayoutKey = "layout";

    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static readonly string[] EdgeEnds = ["from", "to"];

    private DesignerDocument(JsonObject root) => Root = root;

    /// <summary>The whole definition; callers read it, edits go through this class.</summary>
    public JsonObject Root { get; }

    public string Key => Root["key"] is JsonValue key && key.TryGetValue<string>(out var text) ? text : string.Empty;

    public int Version => Root["version"] is JsonValue version && version.TryGetValue<int>(out var number) ? number : 0;

    public IEnumerable<JsonObject> Nodes => Array("nodes").OfType<JsonObject>();

    public IEnumerable<JsonObject> Edges => Array("edges").OfType<JsonObject>();

    /// <summary>Reads a definition's text; throws <see cref="JsonException"/> when it is not a JSON object.</summary>
    public static DesignerDocument Parse(string json) =>
        new(JsonNode.Parse(json) as JsonObject ?? throw new JsonException("A definition is a JSON object."));

    public static DesignerDocument Of(JsonObject root) => new((JsonObject)root.DeepClone());

    public string ToJson() => Root.ToJsonString(Indented);

    public static string IdOf(JsonObject node) => Text(node, "id") ?? string.Empty;

    public static string TypeOf(JsonObject node) => Text(node, "type") ?? string.Empty;

    public JsonObject? Node(string id) => Nodes.FirstOrDefault(n => IdOf(n) == id);

    /// <summary>
    /// Where each node is drawn: the <c>layout</c> positions when they cover every node, else the automatic layered
    /// layout, left to right, keeping no partial positions.
    /// </summary>
    public IReadOnlyDictionary<string, FlowPoint> Positions()
    {
        var ids = Nodes.Select(IdOf).ToList();
        var stored = StoredPositions();
        if (ids.All(stored.ContainsKey))
        {
            return stored;
        }

        var chart = FlowLayout.Arrange(ids, [.. Edges.Select(e => new FlowEdge(Text(e, "from") ?? string.Empty, Text(e, "to") ?? string.Empty, Text(e, "outcome")))]);
        return chart.Boxes.ToDictionary(b => b.Id, b => new FlowPoint(b.X, b.Y), StringComparer.Ordinal);
    }

    /// <summary>Adds a node of the descriptor's type at a position, with a fresh id, its names and its required properties as empty placeholders.</summary>
    public string AddNode(ActivityDescriptor descriptor, FlowPoint at)
    {
        ArgumentNullException.ThrowIfNull(descriptor);
        FixLayout();
        var id = FreshId(Slug(descriptor.Type));
        var node = new JsonObject
        {
            ["id"] = id,
            ["type"] = descriptor.Type,
            ["name"] = new JsonObject { ["vi"] = descriptor.Name.Vi, ["en"] = descriptor.Name.En ?? descriptor.Name.Vi },
        };
        foreach (var property in descriptor.Properties.Where(p => p.Required))
        {
            node[property.Name] = Placeholders.For(property.Kind);
        }

        Array("nodes").Add(node);
        Place(id, at);
        return id;
    }

    /// <summary>Removes nodes with every edge touching them and their positions.</summary>
    public void RemoveNodes(IReadOnlyCollection<string> ids)
    {
        ArgumentNullException.ThrowIfNull(ids);
        var nodes = Array("nodes");
        foreach (var node in nodes.OfType<JsonObject>().Where(n => ids.Contains(IdOf(n))).ToList())
        {
            nodes.Remove(node);
        }

        var edges = Array("edges");
        foreach (var edge in edges.OfType<JsonObject>().Where(e => ids.Contains(Text(e, "from") ?? string.Empty) || ids.Contains(Text(e, "to") ?? string.Empty)).ToList())
        {
            edges.Remove(edge);
        }

        if (Root[LayoutKey] is JsonObject layout)
        {
            foreach (var id in ids)
            {
                layout.Remove(id);
            }
        }
    }

    /// <summary>Removes edges by their place in <c>edges</c>.</summary>
    public void RemoveEdges(IReadOnlyCollection<int> indexes)
    {
        ArgumentNullException.ThrowIfNull(indexes);
        var edges = Array("edges");
        foreach (var index in indexes.Where(i => i >= 0 && i < edges.Count).OrderDescending())
        {
            edges.RemoveAt(index);
        }
    }

    /// <summary>Moves a node; the first move of a document without <c>layout</c> writes every node's place, so the rest stays where it was drawn.</summary>
    public void Move(string id, FlowPoint to)
    {
        FixLayout();
        Place(id, to);
    }

    /// <summary>Adds the edge from a node's outcome (none: whatever it completes with) to another node; false when it is there already or would loop on itself.</summary>
    public bool Connect(string from, string? outcome, string to)
    {
        if (from == to || Node(from) is null || Node(to) is null || Edges.Any(e => Text(e, "from") == from && Text(e, "to") == to && Text(e, "outcome") == outcome))
        {
            return false;
        }

        var edge = new JsonObject { ["from"] = from };
        if (outcome is not null)
        {
            edge["outcome"] = outcome;
        }

        edge["to"] = to;
        Array("edges").Add(edge);
        return true;
    }

    /// <summary>Replaces the node with id <paramref name="id"/> (the property panel's edit); a new id is carried to its edges and position.</summary>
    public void ReplaceNode(string id, JsonObject node)
    {
        ArgumentNullException.ThrowIfNull(node);
        var nodes = Array("nodes");
        var index = nodes.IndexOf(Node(id));
        if (index < 0)
        {
            return;
        }

        var copy = (JsonObject)node.DeepClone();
        nodes[index] = copy;
        var renamed = IdOf(copy);
        if (renamed == id)
        {
            return;
        }

        foreach (var edge in Edges)
        {
            foreach (var end in EdgeEnds.Where(end => Text(edge, end) == id))
            {
                edge[end] = renamed;
            }
        }

        if (Root[LayoutKey] is JsonObject layout && layout[id] is { } position)
        {
            layout.Remove(id);
            layout[renamed] = position.DeepClone();
        }
    }

    /// <summary>The selected nodes with the edges between them and their places, to paste later.</summary>
    public CanvasClipboard Copy(IReadOnlyCollection<string> ids)
    {
        ArgumentNullException.ThrowIfNull(ids);
        var positions = Positions();
        var nodes = Nodes.Where(n => ids.Contains(IdOf(n))).Select(n => (JsonObject)n.DeepClone()).ToList();
        var edges = Edges.Where(e => ids.Contains(Text(e, "from") ?? string.Empty) && ids.Contains(Text(e, "to") ?? string.Empty)).Select(e => (JsonObject)e.DeepClone()).ToList();
        return new CanvasClipboard(nodes, edges, nodes.ToDictionary(IdOf, n => positions.GetValueOrDefault(IdOf(n)), StringComparer.Ordinal));
    }

    /// <summary>Pastes copied nodes under fresh ids, moved by <paramref name="offset"/>, with the edges between them; returns the new ids.</summary>
    public IReadOnlyList<string> Paste(CanvasClipboard clipboard, FlowPoint offset)
    {
        ArgumentNullException.ThrowIfNull(clipboard);
        FixLayout();
        var renamed = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var node in clipboard.Nodes)
        {
            var copy = (JsonObject)node.DeepClone();
            var old = IdOf(copy);
            var id = FreshId(old);
            renamed[old] = id;
            copy["id"] = id;
            Array("nodes").Add(copy);
            var at = clipboard.Positions.GetValueOrDefault(old);
            Place(id, new FlowPoint(at.X + offset.X, at.Y + offset.Y));
        }

        foreach (var edge in clipboard.Edges)
        {
            var copy = (JsonObject)edge.DeepClone();
            copy["from"] = renamed[Text(edge, "from")!];
            copy["to"] = renamed[Text(edge, "to")!];
            Array("edges").Add(copy);
        }

        return [.. renamed.Values];
    }

    private static string? Text(JsonObject node, string name) =>
        node[name] is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;

    /// <summary>A type name as an id: <c>HumanTask</c> becomes <c>human-task</c>.</summary>
    private static string Slug(string type)
    {
        var chars = new List<char>();
        foreach (var c in type)
        {
            if (char.IsUpper(c) && chars.Count > 0)
            {
                chars.Add('-');
            }

            if (char.IsAsciiLetterOrDigit(c))
            {
                chars.Add(char.ToLowerInvariant(c));
            }
        }

        return chars.Count == 0 ? "node" : new string([.. chars]);
    }

    private string FreshId(string stem)
    {
        var taken = Nodes.Select(IdOf).ToHashSet(StringComparer.Ordinal);
        var root = System.Text.RegularExpressions.Regex.Replace(stem, "-[0-9]+$", string.Empty);
        for (var n = 1; ; n++)
        {
            var id = string.Create(CultureInfo.InvariantCulture, $"{root}-{n}");
            if (!taken.Contains(id))
            {
                return id;
            }
        }
    }

    private JsonArray Array(string name)
    {
        if (Root[name] is JsonArray array)
        {
            return array;
        }

        var created = new JsonArray();
        Root[name] = created;
        return created;
    }

    private Dictionary<string, FlowPoint> StoredPositions()
    {
        var positions = new Dictionary<string, FlowPoint>(StringComparer.Ordinal);
        if (Root[LayoutKey] is not JsonObject layout)
        {
            return positions;
        }

        foreach (var (id, value) in layout)
        {
            if (value is JsonObject point && point["x"] is JsonValue x && x.TryGetValue<double>(out var left) && point["y"] is JsonValue y && y.TryGetValue<double>(out var top))
            {
                positions[id] = new FlowPoint(left, top);
            }
        }

        return positions;
    }

    /// <summary>Writes the drawn place of every node into <c>layout</c>, so that an edit keeps what people saw.</summary>
    private void FixLayout()
    {
        var positions = Positions();
        foreach (var (id, at) in positions)
        {
            Place(id, at);
        }
    }

    private void Place(string id, FlowPoint at)
    {
        if (Root[LayoutKey] is not JsonObject layout)
        {
            layout = [];
            Root[LayoutKey] = layout;
        }

        layout[id] = new JsonObject { ["x"] = Math.Round(at.X), ["y"] = Math.Round(at.Y) };
    }
}
