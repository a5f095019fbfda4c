using System.Text.Json;
using DienHong.Calendar;

namespace DienHong.Engine.Definitions;

/// <summary>
/// A workflow definition (định nghĩa quy trình): the flowchart of docs/format/definitions.md, immutable once loaded.
/// <see cref="Source"/> keeps the JSON text exactly as written so a definition can be exported unchanged.
/// </summary>
public sealed record WorkflowDefinition(
    string Key,
    int Version,
    LocalizedText Name,
    LocalizedText? Description,
    IReadOnlyList<LegalBasis> LegalBasis,
    IReadOnlyList<VariableDefinition> Variables,
    IReadOnlyList<NodeDefinition> Nodes,
    IReadOnlyList<EdgeDefinition> Edges,
    string Source)
{
    public NodeDefinition? FindNode(string id)
    {
        foreach (var node in Nodes)
        {
            if (node.Id == id)
            {
                return node;
            }
        }

        return null;
    }

    public VariableDefinition? FindVariable(string name) => Variables.FirstOrDefault(v => v.Name == name);

    /// <summary>The raw JSON of the definition, for properties only the designer reads (e.g. <c>layout</c>).</summary>
    public JsonDocument ParseSource() => JsonDocument.Parse(Source);
}
