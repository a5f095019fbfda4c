using System.Text.Json;
using DienHong.Calendar;
using DienHong.Engine.Definitions;
using DienHong.Engine.Expressions;
using DienHong.Engine.Resources;

namespace DienHong.Engine.Activities;

/// <summary>What an activity sees when a node is prepared: the node, its definition, and where to report rule violations.</summary>
public sealed class NodeCompileContext(WorkflowDefinition definition, NodeDefinition node, Action<string, string> report)
{
    public WorkflowDefinition Definition { get; } = definition;

    public NodeDefinition Node { get; } = node;

    public bool HasErrors { get; private set; }

    /// <summary>Reports a broken rule of this node's properties.</summary>
    public void Error(string message) => Error("property", message);

    public void Error(string rule, string message)
    {
        HasErrors = true;
        report(rule, message);
    }

    public bool Has(string property) => Node.TryGetProperty(property, out var v) && v.ValueKind != JsonValueKind.Null;

    public JsonElement? Property(string property) => Node.TryGetProperty(property, out var v) && v.ValueKind != JsonValueKind.Null ? v : null;

    public string? String(string property) => Property(property) is { ValueKind: JsonValueKind.String } v ? v.GetString() : null;

    /// <summary>A property naming an instance variable; reports one the definition does not declare.</summary>
    public string? Variable(string property)
    {
        var name = String(property);
        if (name is not null && Definition.FindVariable(name) is null)
        {
            Error(Text.Format(ValidationMessages.UnknownVariableProperty, property, name));
        }

        return name;
    }

    /// <summary>A duration property, literal or expression; reports an invalid one and returns null.</summary>
    public DurationValue? Duration(string property) => Property(property) is { } v ? Duration(v, property) : null;

    /// <summary>A duration value read for <paramref name="property"/> (the node's, or a default); reports an invalid one.</summary>
    public DurationValue? Duration(JsonElement value, string property)
    {
        if (ExpressionText.IsExpression(value))
        {
            return new DurationValue(null, value.GetString());
        }

        if (DurationJson.TryRead(value, out var duration, out var problem))
        {
            return new DurationValue(duration, null);
        }

        Error("duration", $"property '{property}': {problem}");
        return null;
    }
}
