using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using DienHong.Web.Application.Launch;
using DienHong.Web.Application.Organisation;
using DienHong.Web.Resources;

namespace DienHong.Web.Components.Launch;

/// <summary>
/// What the launch form holds (dữ liệu nhập khi khởi tạo), one value per input in the kind its editor edits, and the
/// start input it makes: each value in its declared type, empty ones left out (the definition's default applies),
/// and an error per field that is missing or malformed, worded for the reader.
/// </summary>
public sealed class LaunchInput
{
    private readonly Dictionary<string, object?> values = new(StringComparer.Ordinal);

    public LaunchInput(IEnumerable<LaunchField> fields)
    {
        foreach (var field in fields)
        {
            values[field.Name] = Initial(field);
        }
    }

    public T? Get<T>(string name) => values.TryGetValue(name, out var v) && v is T t ? t : default;

    public void Set(string name, object? value) => values[name] = value;

    /// <summary>The start input, or null with <paramref name="errors"/> naming what to correct, by field.</summary>
    public JsonObject? Build(IReadOnlyList<LaunchField> fields, out Dictionary<string, string> errors)
    {
        errors = new Dictionary<string, string>(StringComparer.Ordinal);
        var input = new JsonObject();
        foreach (var field in fields)
        {
            var (node, error) = Convert(field, values.GetValueOrDefault(field.Name));
            if (error is not null)
            {
                errors[field.Name] = error;
            }
            else if (node is not null)
            {
                input[field.Name] = node;
            }
            else if (field.Required)
            {
                errors[field.Name] = Format(LaunchText.FieldRequired, field.Name);
            }
        }

        return errors.Count == 0 ? input : null;
    }

    private static object? Initial(LaunchField field) => field switch
    {
        { Type: "boolean" } => field.Default is { ValueKind: JsonValueKind.True },
        { Person: true, Type: "array" } => new List<PersonItem>(),
        { Type: "number" or "integer" } => field.Default is { ValueKind: JsonValueKind.Number } n ? n.GetDecimal() : null,
        { Type: "date" } => field.Default is { ValueKind: JsonValueKind.String } d && DateTime.TryParseExact(d.GetString(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day : null,
        { Person: true } => null,
        _ => field.Default is { } json ? (json.ValueKind == JsonValueKind.String ? json.GetString() : json.GetRawText()) : null,
    };

    private static (JsonNode? Node, string? Error) Convert(LaunchField field, object? value)
    {
        switch (value)
        {
            case null:
            case string s when string.IsNullOrWhiteSpace(s):
            case List<PersonItem> { Count: 0 }:
                return (null, null);
            case bool b:
                return (JsonValue.Create(b), null);
            case decimal n when field.Type == "integer" && n % 1 != 0:
                return (null, Format(LaunchText.FieldWholeNumber, field.Name));
            case decimal n:
                return (JsonValue.Create(n), null);
            case DateTime day:
                return (JsonValue.Create(day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)), null);
            case PersonItem person:
                return (JsonValue.Create(person.Id), null);
            case List<PersonItem> people:
                return (new JsonArray([.. people.Select(p => (JsonNode)JsonValue.Create(p.Id))]), null);
            case string text:
                return Text(field, text.Trim());
            default:
                return (null, null);
        }
    }

    private static (JsonNode? Node, string? Error) Text(LaunchField field, string text)
    {
        switch (field.Type)
        {
            case "datetime":
                return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out _)
                    ? (JsonValue.Create(text), null)
                    : (null, Format(LaunchText.FieldDateTime, field.Name));
            case "array" when !text.StartsWith('['):
                return (new JsonArray([.. text.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).Select(l => (JsonNode)JsonValue.Create(l))]), null);
            case "array" or "object" or "any":
                try
                {
                    return (JsonNode.Parse(text), null);
                }
                catch (JsonException e)
                {
                    return field.Type == "any" && !text.StartsWith('{') && !text.StartsWith('[')
                        ? (JsonValue.Create(text), null)
                        : (null, Format(LaunchText.FieldJson, field.Name, e.Message.Split(" Path:", 2)[0]));
                }

            default:
                return (JsonValue.Create(text), null);
        }
    }

    private static string Format(string template, params object?[] args) => string.Format(CultureInfo.CurrentCulture, template, args);
}
