using System.Text.Json;
using DienHong.Calendar;
using DienHong.Engine.Definitions;

namespace DienHong.Engine.Activities;

/// <summary>
/// What the designer and the validator know about an activity type: its bilingual name, its properties and the
/// outcomes it can produce, and the actions its tasks take.
/// </summary>
public sealed record ActivityDescriptor(
    string Type,
    LocalizedText Name,
    LocalizedText Description,
    string Category,
    IReadOnlyList<PropertyDescriptor> Properties,
    IReadOnlyList<string> FixedOutcomes,
    bool DeclaresOutcomes = false)
{
    /// <summary>The fixed outcomes plus, for types that declare them, the node's own <c>outcomes</c> list.</summary>
    public IReadOnlyList<string> OutcomesOf(NodeDefinition node)
    {
        if (!DeclaresOutcomes || !node.TryGetProperty("outcomes", out var declared) || declared.ValueKind != JsonValueKind.Array)
        {
            return FixedOutcomes;
        }

        var all = declared.EnumerateArray().Where(o => o.ValueKind == JsonValueKind.String).Select(o => o.GetString()!).ToList();
        all.AddRange(FixedOutcomes.Where(f => !all.Contains(f)));
        return all;
    }

    /// <summary>
    /// Whether a node of this type can wait for outside input (a bookmark: a task, a timer, a signal, a ballot). A
    /// cycle in which no node can wait would loop without end, so the validator warns about it.
    /// </summary>
    public bool CanWait { get; init; }

    /// <summary>The actions people can take on this type's open tasks, besides deciding them.</summary>
    public IReadOnlyList<ActionDescriptor> Actions { get; init; } = [];

    public PropertyDescriptor? Property(string name) => Properties.FirstOrDefault(p => p.Name == name);

    public ActionDescriptor? Action(string name) => Actions.FirstOrDefault(a => a.Name == name);
}
