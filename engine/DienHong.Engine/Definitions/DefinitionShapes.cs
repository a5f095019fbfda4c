using DienHong.Calendar;

namespace DienHong.Engine.Definitions;

/// <summary>
/// The shapes every definition shares: the top level, variables, legal bases, edges, layout, texts, durations,
/// assignees, and the keys every node has whatever its type. Activities declare their own nested shapes on their
/// descriptors' properties.
/// </summary>
public static class DefinitionShapes
{
    /// <summary>A bilingual text <c>{ "vi", "en" }</c> (a plain string is also a text).</summary>
    public static readonly ObjectShape Text = new("text", [new("vi", PropertyKind.Text), new("en", PropertyKind.Text)]);

    /// <summary>Exactly one of the duration kinds the calendar knows.</summary>
    public static readonly ObjectShape Duration = new(
        "duration", [.. Enum.GetValues<DurationKind>().Select(k => new ShapeField(Calendar.Duration.PropertyName(k), PropertyKind.Number))]);

    /// <summary>One of role, user, expression; a role may name the agency it is looked up in (<c>agency</c>).</summary>
    public static readonly ObjectShape Assignee = new(
        "assignee",
        [
            new("role", PropertyKind.Text), new("user", PropertyKind.Text), new("expression", PropertyKind.Expression),
            new("agency", PropertyKind.Text),
        ]);

    public static readonly ObjectShape LegalBasis = new(
        "legalBasis",
        [
            new("document", PropertyKind.Text), new("article", PropertyKind.Text), new("effectiveFrom", PropertyKind.Date),
            new("effectiveTo", PropertyKind.Date), new("note", PropertyKind.Text),
        ]);

    public static readonly ObjectShape Variable = new(
        "variable",
        [
            new("name", PropertyKind.Text), new("type", PropertyKind.Text), new("required", PropertyKind.Boolean),
            new("default", PropertyKind.Value), new("description", PropertyKind.LocalizedText),
            new("input", PropertyKind.Boolean), new("from", PropertyKind.Text), new("format", PropertyKind.Text),
        ]);

    public static readonly ObjectShape Edge = new("edge", [new("from", PropertyKind.Text), new("to", PropertyKind.Text), new("outcome", PropertyKind.Text)]);

    /// <summary>The designer's node positions, by node id; the engine ignores them.</summary>
    public static readonly ObjectShape Layout = ObjectShape.Map(
        "layout", new ObjectShape("layoutPosition", [new("x", PropertyKind.Number), new("y", PropertyKind.Number)]));

    /// <summary>What people read for each outcome, by outcome name.</summary>
    public static readonly ObjectShape OutcomeLabels = ObjectShape.Map("outcomeLabels", Text);

    /// <summary>The top level of a definition. <c>nodes</c> are checked per type, against their descriptors.</summary>
    public static readonly ObjectShape Definition = new(
        "definition",
        [
            new("$schema", PropertyKind.Text), new("key", PropertyKind.Text), new("version", PropertyKind.Number),
            new("name", PropertyKind.LocalizedText), new("description", PropertyKind.LocalizedText),
            new("legalBasis", PropertyKind.Json, LegalBasis), new("variables", PropertyKind.Json, Variable),
            new("nodes"), new("edges", PropertyKind.Json, Edge), new("layout", PropertyKind.Json, Layout),
            new("starters", PropertyKind.StringList), new("outcomeLabels", PropertyKind.Json, OutcomeLabels),
        ]);
}
