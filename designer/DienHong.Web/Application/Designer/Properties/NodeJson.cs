using System.Text.Json.Nodes;

namespace DienHong.Web.Application.Designer.Properties;

/// <summary>
/// Reads a node of a definition's JSON and makes its edited copies (nút trong JSON định nghĩa). The definition the page
/// holds is never changed here: an edit is a new node object, which the page puts in place (and records for undo).
/// </summary>
public static class NodeJson
{
    public static JsonObject? Find(JsonObject? definition, string? nodeId) =>
        nodeId is null ? null : (definition?["nodes"] as JsonArray ?? []).OfType<JsonObject>().FirstOrDefault(n => n["id"] is JsonValue id && id.TryGetValue<string>(out var s) && s == nodeId);

    /// <summary>A copy of <paramref name="owner"/> with <paramref name="key"/> set to <paramref name="value"/>, or removed when it is null; other keys keep their order.</summary>
    public static JsonObject With(JsonObject owner, string key, JsonNode? value)
    {
        ArgumentNullException.ThrowIfNull(owner);
        var copy = owner.DeepClone().AsObject();
        if (value is null)
        {
            copy.Remove(key);
        }
        else
        {
            copy[key] = value.DeepClone();
        }

        return copy;
    }

    /// <summary>The text of a string value, else null.</summary>
    public static string? Text(JsonNode? node) => node is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;
}
