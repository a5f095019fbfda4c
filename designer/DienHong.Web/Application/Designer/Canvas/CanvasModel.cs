using System.Text.Json;
using System.Text.Json.Nodes;
using DienHong.Calendar;
using DienHong.Engine.Activities;
using DienHong.Engine.Activities.Core;
using DienHong.Engine.Definitions;
using DienHong.Engine.Runtime;

namespace DienHong.Web.Application.Designer.Canvas;

/// <summary>
/// What the canvas shows of a document (mô hình sơ đồ): every node with its ports from its activity's descriptor
/// (<c>OutcomesOf</c>), every edge, each leaving from a port of its source, and the outcomes' labels. Read from the document each time it
/// changes; the document stays the only model.
/// </summary>
public sealed record CanvasModel(IReadOnlyList<CanvasNode> Nodes, IReadOnlyList<CanvasEdge> Edges, IReadOnlyDictionary<string, LocalizedText> OutcomeLabels)
{
    public static CanvasModel Of(DesignerDocument document, ActivityRegistry activities)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(activities);
        var positions = document.Positions();
        var edges = document.Edges.Select((e, i) => new CanvasEdge(i, Text(e["from"]) ?? string.Empty, Text(e["outcome"]), Text(e["to"]) ?? string.Empty)).ToList();
        var nodes = document.Nodes.Select(n =>
        {
            var id = DesignerDocument.IdOf(n);
            var type = DesignerDocument.TypeOf(n);
            var activity = activities.Find(type);
            return new CanvasNode(
                id,
                type,
                Name(n["name"]) ?? new LocalizedText(id),
                activity?.Descriptor.Name,
                activity?.Descriptor.Category ?? string.Empty,
                positions.GetValueOrDefault(id),
                activity is not StartActivity,
                Ports(n, activity, edges.Where(e => e.From == id)));
        }).ToList();
        var labels = (document.Root["outcomeLabels"] as JsonObject ?? [])
            .Select(l => (l.Key, Text: Name(l.Value)))
            .Where(l => l.Text is not null)
            .ToDictionary(l => l.Key, l => l.Text!, StringComparer.Ordinal);
        return new CanvasModel(nodes, edges, labels);
    }

    public CanvasNode? Node(string id) => Nodes.FirstOrDefault(n => n.Id == id);

    /// <summary>
    /// The port for any outcome (but on an End, which nothing follows), one per outcome the node can produce as configured
    /// (a task's Overdue only with an escalation that completes it), and one for each outcome an edge names besides
    /// (Faulted, or one no longer declared: drawn so it can be seen and removed).
    /// </summary>
    private static List<CanvasPort> Ports(JsonObject node, IActivity? activity, IEnumerable<CanvasEdge> outgoing)
    {
        var outcomes = new List<string?>();
        if (activity is not EndActivity)
        {
            outcomes.Add(null);
        }

        if (activity is not null)
        {
            outcomes.AddRange(activity.PossibleOutcomes(Definition(node)).Where(o => o != Outcomes.Faulted));
        }

        outcomes.AddRange(outgoing.Select(e => e.Outcome).Where(o => !outcomes.Contains(o)).Distinct());
        return [.. outcomes.Select(o => new CanvasPort(o))];
    }

    private static NodeDefinition Definition(JsonObject node)
    {
        var properties = node.Where(p => p.Key is not "id" and not "type" and not "name")
            .ToDictionary(p => p.Key, p => JsonSerializer.SerializeToElement(p.Value), StringComparer.Ordinal);
        return new NodeDefinition(DesignerDocument.IdOf(node), DesignerDocument.TypeOf(node), null, properties, 0);
    }

    private static string? Text(JsonNode? node) => node is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;

    private static LocalizedText? Name(JsonNode? name) => name switch
    {
        JsonObject text when Text(text["vi"]) is { Length: > 0 } vi => new LocalizedText(vi, Text(text["en"])),
        _ when Text(name) is { Length: > 0 } plain => new LocalizedText(plain),
        _ => null,
    };
}
