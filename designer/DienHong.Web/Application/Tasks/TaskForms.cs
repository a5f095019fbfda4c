using System.Text.Json;
using System.Text.Json.Nodes;
using DienHong.Calendar;
using DienHong.Engine.Activities;

namespace DienHong.Web.Application.Tasks;

/// <summary>
/// Reads the form a task's payload carries (<c>"form"</c>, see <see cref="TaskOffer"/>) into <see cref="TaskFormField"/>s:
/// any activity's task, HumanTask's from its definition and Disclosure's posting alike. A field without a name is left
/// out; an unknown type is filled as JSON.
/// </summary>
public static class TaskForms
{
    public static IReadOnlyList<TaskFormField> Read(string? payload)
    {
        if (payload is null)
        {
            return [];
        }

        JsonNode? parsed;
        try
        {
            parsed = JsonNode.Parse(payload);
        }
        catch (JsonException)
        {
            return [];
        }

        return parsed is JsonObject o && o[TaskOffer.FormKey] is JsonArray fields
            ? [.. fields.OfType<JsonObject>().Select(Field).OfType<TaskFormField>()]
            : [];
    }

    private static TaskFormField? Field(JsonObject field)
    {
        if (Text(field["name"]) is not { Length: > 0 } name)
        {
            return null;
        }

        var options = field["options"] is JsonArray list ? list.Select(Option).OfType<FormOption>().ToList() : [];
        return new TaskFormField(
            name,
            Localized(field["label"]) ?? new LocalizedText(name),
            KindOf(Text(field["type"]), options.Count > 0),
            field["required"] is JsonValue r && r.GetValueKind() == JsonValueKind.True,
            field["requiredFor"] is JsonArray outcomes ? [.. outcomes.Select(Text).OfType<string>()] : [],
            options,
            Localized(field["description"]),
            field["default"]?.DeepClone());
    }

    private static FormFieldKind KindOf(string? type, bool hasOptions) => type?.ToLowerInvariant() switch
    {
        "text" or "string" => hasOptions ? FormFieldKind.Choice : FormFieldKind.Text,
        null => hasOptions ? FormFieldKind.Choice : FormFieldKind.Text,
        "multiline" or "textarea" => FormFieldKind.Multiline,
        "number" or "integer" => FormFieldKind.Number,
        "date" => FormFieldKind.Date,
        "boolean" or "bool" => FormFieldKind.Boolean,
        "choice" or "select" => FormFieldKind.Choice,
        "checklist" => FormFieldKind.Checklist,
        "link" or "url" => FormFieldKind.Link,
        "users" or "people" => FormFieldKind.People,
        "attachments" or "files" => FormFieldKind.Attachments,
        _ => FormFieldKind.Json,
    };

    // An option is its value, or { value, label }.
    private static FormOption? Option(JsonNode? option) => option switch
    {
        JsonObject o when Text(o["value"]) is { } value => new FormOption(value, Localized(o["label"]) ?? new LocalizedText(value)),
        JsonValue when Text(option) is { } value => new FormOption(value, new LocalizedText(value)),
        _ => null,
    };

    // A label is a text or { vi, en }.
    private static LocalizedText? Localized(JsonNode? text) => text switch
    {
        JsonObject o when Text(o["vi"]) is { } vi => new LocalizedText(vi, Text(o["en"])),
        JsonObject o when Text(o["en"]) is { } en => new LocalizedText(en, en),
        JsonValue when Text(text) is { } plain => new LocalizedText(plain),
        _ => null,
    };

    private static string? Text(JsonNode? node) => node is JsonValue v && v.GetValueKind() == JsonValueKind.String ? v.GetValue<string>() : null;
}
