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

    /// <summary>
    /// The roles in the agency that may start a case by hand (người được khởi tạo, <c>starters</c>); null when the
    /// definition does not say, and then anyone with a place in the agency may. An empty list: only scheduled launches.
    /// </summary>
    public IReadOnlyList<string>? Starters { get; init; }

    /// <summary>
    /// What people read for an outcome (nhãn kết quả, <c>outcomeLabels</c>), by outcome name, e.g. on the edges of a
    /// flowchart; an outcome without one is shown by its name.
    /// </summary>
    public IReadOnlyDictionary<string, LocalizedText> OutcomeLabels { get; init; } = new Dictionary<string, LocalizedText>(StringComparer.Ordinal);

    /// <summary>The label of <paramref name="outcome"/> in <paramref name="language"/>, or null when the definition gives none.</summary>
    public string? OutcomeLabel(string outcome, string? language) => OutcomeLabels.GetValueOrDefault(outcome)?.For(language);

    /// <summary>Whether any variable says whether a start may give it (<c>input</c>): then only those marked <c>true</c> may be given.</summary>
    public bool MarksInputs => Variables.Any(v => v.Input is not null);

    /// <summary>
    /// Whether a start may give <paramref name="variable"/>: never one filled <c>from</c> someone; in a definition that
    /// marks its inputs only those marked; in an older one that marks none, every declared variable.
    /// </summary>
    public bool AcceptsInput(VariableDefinition variable) => variable.From is null && (variable.Input ?? !MarksInputs);

    /// <summary>The variables a start may give, in declaration order.</summary>
    public IEnumerable<VariableDefinition> InputVariables => Variables.Where(AcceptsInput);

    /// <summary>The raw JSON of the definition, for properties only the designer reads (e.g. <c>layout</c>).</summary>
    public JsonDocument ParseSource() => JsonDocument.Parse(Source);
}
