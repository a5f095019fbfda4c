using System.Globalization;
using System.Text.Json.Nodes;
using DienHong.Workflows.Activities;
using DienHong.Workflows.Activities.Liquid;

namespace DienHong.Web.Application.Designer.Properties;

/// <summary>
/// Renders a notification's Liquid template (mẫu Liquid) the way the <c>Notify</c> node will, with the engine's
/// parser, sandbox and limits, on sample values: each declared variable's default, or a placeholder of its type
/// (a text variable shows as <c>[name]</c>), and the instance's <c>id</c>, <c>agency</c> and <c>correlationKey</c>.
/// </summary>
public sealed class TemplatePreviewer(TimeProvider clock)
{
    public TemplatePreview Render(string? source, string language, JsonObject? definition, string? agency)
    {
        if (!NotifyTemplates.TryParse(source ?? string.Empty, out var template, out var error))
        {
            return new TemplatePreview(null, error);
        }

        var values = new Dictionary<string, JsonNode?>(StringComparer.Ordinal)
        {
            ["vars"] = SampleVariables(definition),
            ["instance"] = new JsonObject { ["id"] = "preview-1", ["agency"] = agency ?? "agency", ["correlationKey"] = "preview" },
        };
        try
        {
            return new TemplatePreview(NotifyTemplates.Render(template!, values, clock.GetUtcNow(), language), null);
        }
        catch (TemplateRenderException e)
        {
            return new TemplatePreview(null, e.Message);
        }
    }

    private JsonObject SampleVariables(JsonObject? definition)
    {
        var vars = new JsonObject();
        foreach (var variable in (definition?["variables"] as JsonArray ?? []).OfType<JsonObject>())
        {
            if (variable["name"] is JsonValue n && n.TryGetValue<string>(out var name) && !vars.ContainsKey(name))
            {
                vars[name] = variable["default"]?.DeepClone() ?? Sample(name, variable["type"] is JsonValue t && t.TryGetValue<string>(out var type) ? type : null);
            }
        }

        return vars;
    }

    private JsonNode? Sample(string name, string? type) => type switch
    {
        "number" or "integer" => 1,
        "boolean" => true,
        "date" => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        "array" => new JsonArray(),
        "object" => new JsonObject(),
        _ => $"[{name}]",
    };
}
