using System.Globalization;
using System.Text.Json.Nodes;
using DienHong.Web.Application.Tasks;
using Microsoft.AspNetCore.Components;

namespace DienHong.Web.Components.Inbox.Form;

/// <summary>
/// The input of one form field (ô nhập của một trường), whatever its kind: the field, its value, the error shown
/// beside it, and the change it reports. Each kind of field is a component deriving from this one.
/// </summary>
public abstract class FieldInput : ComponentBase
{
    [Parameter, EditorRequired]
    public TaskFormField Field { get; set; } = null!;

    [Parameter]
    public JsonNode? Value { get; set; }

    [Parameter]
    public EventCallback<FieldValue> ValueChanged { get; set; }

    /// <summary>The error shown beside the field (a required field left empty, a refusal about it), or null.</summary>
    [Parameter]
    public string? Error { get; set; }

    [Parameter]
    public bool Disabled { get; set; }

    /// <summary>Whether the field is required for some outcome: its label says so.</summary>
    [Parameter]
    public bool Marked { get; set; }

    protected static string Language => CultureInfo.CurrentUICulture.Name;

    protected string Label => Field.Label.For(Language) + (Marked ? " *" : string.Empty);

    protected string? Help => Field.Description?.For(Language);

    protected string TestId => "field-" + Field.Name;

    protected bool HasError => Error is not null;

    protected Task SetAsync(JsonNode? value, string? problem = null) => ValueChanged.InvokeAsync(new FieldValue(value, problem));

    /// <summary>The value as text, when it is one.</summary>
    protected string? Text => Value is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;

    /// <summary>The value as a list of texts (a checklist's, a people field's, the attachments').</summary>
    protected IReadOnlyList<string> Texts => Value is JsonArray list ? [.. list.OfType<JsonValue>().Select(v => v.ToString())] : [];

    protected static JsonArray ListOf(IEnumerable<string> values) => [.. values.Select(v => (JsonNode?)v)];
}
