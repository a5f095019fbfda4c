using System.Text.Json.Nodes;
using DienHong.Web.Application.Designer.Properties;

namespace DienHong.Web.Components.Designer.Properties;

/// <summary>A bilingual text or template in a definition: a plain string (both languages) or <c>{ "vi", "en" }</c>.</summary>
public static class LocalizedJson
{
    /// <summary>The text of a language; a plain string is the Vietnamese text.</summary>
    public static string? Part(JsonNode? value, string language) => value switch
    {
        JsonObject o => NodeJson.Text(o[language]),
        _ when language == "vi" => NodeJson.Text(value),
        _ => null,
    };

    /// <summary><c>{ "vi", "en" }</c> with the empty parts left out; null when both are empty.</summary>
    public static JsonObject? Of(string? vi, string? en)
    {
        var text = new JsonObject();
        if (!string.IsNullOrEmpty(vi))
        {
            text["vi"] = vi;
        }

        if (!string.IsNullOrEmpty(en))
        {
            text["en"] = en;
        }

        return text.Count == 0 ? null : text;
    }
}
