using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Fluid;
using Fluid.Values;
using Microsoft.Extensions.FileProviders;

namespace DienHong.Workflows.Activities;

/// <summary>
/// Liquid templates (mẫu văn bản) of notifications, on Fluid. Templates are parsed once per definition version (when
/// the node is compiled). Rendering is sandboxed: the template sees only the values handed to it (<c>vars</c> and
/// <c>instance</c>, converted to Liquid dictionaries, lists and scalars), no CLR member of any object (the member
/// access strategy registers none and model members are off), no files (<c>include</c> / <c>render</c> find
/// nothing), and a bounded number of steps and nesting. Output is plain text: nothing is HTML-encoded, so Vietnamese
/// letters stay as they are.
/// </summary>
public static class NotifyTemplates
{
    private static readonly FluidParser Parser = new();

    /// <summary>The shared, safe options every render uses.</summary>
    public static TemplateOptions Options { get; } = CreateOptions();

    public static bool TryParse(string source, out IFluidTemplate? template, out string? error)
    {
        if (Parser.TryParse(source, out var parsed, out var problem))
        {
            template = parsed;
            error = null;
            return true;
        }

        template = null;
        error = problem;
        return false;
    }

    /// <summary>
    /// Renders a template with <paramref name="values"/> as its only top-level names; numbers and dates are formatted
    /// for <paramref name="language"/> (vi: 1,5; en: 1.5).
    /// </summary>
    public static string Render(IFluidTemplate template, IReadOnlyDictionary<string, JsonNode?> values, DateTimeOffset now, string language = "vi")
    {
        var context = new TemplateContext(Options, StringComparer.Ordinal)
        {
            AllowModelMembers = false,
            Now = () => now,
            CultureInfo = CultureInfo.GetCultureInfo(language == "en" ? "en-US" : "vi-VN"),
        };
        foreach (var (name, value) in values)
        {
            context.SetValue(name, ToFluid(value));
        }

        return template.Render(context, NullEncoder.Default, true);
    }

    /// <summary>Converts JSON to Liquid values, so the template reaches data, never the CLR objects that hold it.</summary>
    public static FluidValue ToFluid(JsonNode? node) => node switch
    {
        null => NilValue.Instance,
        JsonObject o => new DictionaryValue(new FluidValueDictionaryFluidIndexable(o.ToDictionary(p => p.Key, p => ToFluid(p.Value), StringComparer.Ordinal))),
        JsonArray a => new ArrayValue([.. a.Select(ToFluid)]),
        JsonValue v => v.GetValueKind() switch
        {
            JsonValueKind.String => StringValue.Create(v.GetValue<string>()),
            JsonValueKind.Number => decimal.TryParse(v.ToJsonString(), NumberStyles.Float, CultureInfo.InvariantCulture, out var d)
                ? NumberValue.Create(d)
                : StringValue.Create(v.ToJsonString()),
            JsonValueKind.True => BooleanValue.True,
            JsonValueKind.False => BooleanValue.False,
            _ => NilValue.Instance,
        },
        _ => NilValue.Instance,
    };

    private static TemplateOptions CreateOptions()
    {
        var options = new TemplateOptions
        {
            MemberAccessStrategy = new DefaultMemberAccessStrategy(),
            FileProvider = new NullFileProvider(),
            MaxSteps = 10_000,
            MaxRecursion = 8,
            CultureInfo = CultureInfo.GetCultureInfo("vi-VN"),
            TimeZone = TimeZoneInfo.FindSystemTimeZoneById("Asia/Ho_Chi_Minh"),
            ModelNamesComparer = StringComparer.Ordinal,
        };
        return options;
    }
}
