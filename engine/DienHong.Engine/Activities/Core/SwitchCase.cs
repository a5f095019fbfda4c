using System.Text.Json;
using DienHong.Engine.Definitions;
using DienHong.Engine.Resources;

namespace DienHong.Engine.Activities.Core;

/// <summary>One case of a Switch (trường hợp): the outcome it gives when its condition holds.</summary>
public sealed record SwitchCase(string Outcome, JsonElement Condition) : IPropertyValue<SwitchCase>
{
    public static PropertyKind Kind => PropertyKind.Json;

    /// <summary><c>{ "outcome", "condition" }</c>.</summary>
    public static ObjectShape? Shape { get; } = new("switchCase", [new("outcome", PropertyKind.Text), new("condition", PropertyKind.Value)]);

    public static SwitchCase? Read(JsonElement value, NodeCompileContext context, string property)
    {
        var read = Read(value);
        if (read is null)
        {
            context.Error(Resources.Text.Format(ValidationMessages.SwitchCaseShape, property));
        }

        return read;
    }

    public static SwitchCase? Read(JsonElement value) =>
        value.ValueKind == JsonValueKind.Object
        && value.TryGetProperty("outcome", out var outcome) && outcome.ValueKind == JsonValueKind.String
        && value.TryGetProperty("condition", out var condition)
            ? new SwitchCase(outcome.GetString()!, condition.Clone())
            : null;
}
