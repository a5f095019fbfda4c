using System.Text.Json;
using DienHong.Engine.Activities;
using DienHong.Engine.Definitions;
using DienHong.Engine.Resources;
using DienHong.Workflows.Resources;
using Fluid;

namespace DienHong.Workflows.Activities;

/// <summary>
/// A bilingual Liquid template (mẫu song ngữ), parsed once per definition version: a string for both languages,
/// or <c>{ "vi", "en" }</c> with <c>vi</c> required (English falls back to Vietnamese).
/// </summary>
public sealed record LocalizedTemplate(IReadOnlyDictionary<string, IFluidTemplate> ByLanguage) : IPropertyValue<LocalizedTemplate>
{
    public const string Vietnamese = "vi";
    public const string English = "en";

    public static PropertyKind Kind => PropertyKind.Template;

    public static ObjectShape? Shape => null;

    /// <summary>The template of a language; English falls back to Vietnamese.</summary>
    public IFluidTemplate For(string language) => ByLanguage.TryGetValue(language, out var t) ? t : ByLanguage[Vietnamese];

    public static LocalizedTemplate? Read(JsonElement value, NodeCompileContext context, string property)
    {
        var templates = new Dictionary<string, IFluidTemplate>(StringComparer.Ordinal);
        var sources = value.ValueKind switch
        {
            JsonValueKind.String => [(Vietnamese, value.GetString()!)],
            JsonValueKind.Object => value.EnumerateObject()
                .Where(p => p.Value.ValueKind == JsonValueKind.String)
                .Select(p => (p.Name, p.Value.GetString()!)).ToList(),
            _ => null,
        };
        if (sources is null || (sources.Count > 0 && !sources.Any(s => s.Item1 == Vietnamese)))
        {
            context.Error(Text.Format(ActivityMessages.TemplateShape, property));
        }

        foreach (var (language, source) in sources ?? [])
        {
            if (language is not (Vietnamese or English))
            {
                context.Error(Text.Format(ActivityMessages.TemplateLanguage, property, language));
            }
            else if (NotifyTemplates.TryParse(source, out var template, out var error))
            {
                templates[language] = template!;
            }
            else
            {
                context.Error("template", Text.Format(ActivityMessages.TemplateInvalid, property, language, error));
            }
        }

        return templates.ContainsKey(Vietnamese) ? new LocalizedTemplate(templates) : null;
    }
}
