using System.Text.Json;
using System.Text.Json.Nodes;
using DienHong.Engine.Activities;
using DienHong.Engine.Definitions;
using DienHong.Engine.Resources;
using DienHong.Workflows.Resources;

namespace DienHong.Workflows.Activities;

/// <summary>
/// One field of a task's form (biểu mẫu), for the designer and the inbox: its <c>name</c> (the key of the data
/// filled in), <c>label</c>, <c>type</c>, whether it is <c>required</c> (for every outcome) or <c>requiredFor</c> some
/// outcomes (a rejection must state its legal ground), the <c>options</c> to choose from. The engine checks its keys
/// and keeps it as written; completing the task without a required field is refused.
/// </summary>
public sealed record TaskForm(JsonElement Field) : IPropertyValue<TaskForm>
{
    public static PropertyKind Kind => PropertyKind.Json;

    public static ObjectShape? Shape { get; } = new(
        "formField",
        [
            new("name", PropertyKind.Text), new("label", PropertyKind.LocalizedText), new("type", PropertyKind.Text),
            new("required", PropertyKind.Boolean), new("requiredFor", PropertyKind.StringList), new("options", PropertyKind.Json),
            new("description", PropertyKind.LocalizedText),
        ]);

    /// <summary>The key of the data filled in.</summary>
    public string? Name => Field.ValueKind == JsonValueKind.Object && Field.TryGetProperty("name", out var n) && n.ValueKind == JsonValueKind.String ? n.GetString() : null;

    /// <summary>Whether completing the task with <paramref name="outcome"/> needs this field.</summary>
    public bool IsRequiredFor(string outcome) =>
        Field.ValueKind == JsonValueKind.Object
        && ((Field.TryGetProperty("required", out var r) && r.ValueKind == JsonValueKind.True)
            || (Field.TryGetProperty("requiredFor", out var f) && f.ValueKind == JsonValueKind.Array && f.EnumerateArray().Any(o => o.ValueKind == JsonValueKind.String && o.GetString() == outcome)));

    /// <summary>Whether the data holds something for the field: not absent, null, blank text or an empty list.</summary>
    public static bool IsFilled(JsonNode? value) => value switch
    {
        null => false,
        JsonValue v when v.TryGetValue<string>(out var s) => !string.IsNullOrWhiteSpace(s),
        JsonArray a => a.Count > 0,
        _ => true,
    };

    /// <summary>The payload entry that carries <paramref name="fields"/> to the inbox; null when there is no form.</summary>
    public static JsonObject? Payload(IReadOnlyList<TaskForm> fields) =>
        fields.Count == 0 ? null : new JsonObject { [TaskOffer.FormKey] = new JsonArray([.. fields.Select(f => JsonNode.Parse(f.Field.GetRawText()))]) };

    public static TaskForm? Read(JsonElement value, NodeCompileContext context, string property)
    {
        var field = new TaskForm(value.Clone());
        if (field.Name is not { Length: > 0 })
        {
            context.Error(Text.Format(ActivityMessages.FormFieldName, property));
        }

        return field;
    }
}
