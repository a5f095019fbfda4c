using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Nodes;
using DienHong.Engine.Resources;
using DienHong.Workflows.Activities.Liquid;
using DienHong.Workflows.Resources;
using Fluid;
using Fluid.Ast;
using Fluid.Parser;
using Fluid.Values;
using Microsoft.Extensions.FileProviders;

namespace DienHong.Workflows.Activities;

/// <summary>
/// Liquid templates (mẫu văn bản) of notifications, on Fluid. Templates are parsed once per definition version (when
/// the node is compiled). Rendering is sandboxed: the template sees only the values handed to it (<c>vars</c> and
/// <c>instance</c>, converted to Liquid dictionaries, lists and scalars), no CLR member of any object (the member
/// access strategy registers none and model members are off), no files (<c>include</c> / <c>render</c> find
/// nothing), and it runs within <see cref="TemplateLimits"/>: time, steps, the length of what it writes, captures
/// and filters build, and how deeply the template and its values nest (a template nested too deeply is refused
/// when it is parsed, before its nesting can overflow the stack). Output is plain text: nothing is HTML-encoded,
/// so Vietnamese letters stay as they are.
/// </summary>
public static class NotifyTemplates
{
    private static readonly FluidParser Parser = CreateParser();

    /// <summary>
    /// The first render in a process compiles Fluid (just in time), which on a loaded machine can take longer than
    /// the whole time limit of a template. One render, unlimited in time, runs before the first real one.
    /// </summary>
    private static readonly Lazy<bool> WarmedUp = new(WarmUp);

    /// <summary>The shared, safe options every render uses.</summary>
    public static TemplateOptions Options { get; } = CreateOptions();

    public static bool TryParse(string source, out IFluidTemplate? template, out string? error)
    {
        template = null;
        error = null;
        try
        {
            // Every parser entry checks the stack, so a deeply nested source is an error, not a stack overflow.
            var context = new FluidParseContext(source) { OnEnterParser = (_, _) => RuntimeHelpers.EnsureSufficientExecutionStack() };
            if (!Parser.Grammar.TryParse(context, out var statements, out var problem) || problem is not null)
            {
                error = problem is null ? "the template does not parse" : $"{problem.Message} at {problem.Position}";
                return false;
            }

            template = new FluidTemplate(statements);
            TemplateDepth.Check(template, TemplateLimits.Default.MaxDepth);
            return true;
        }
        catch (InsufficientExecutionStackException)
        {
            error = Text.Format(TemplateMessages.TemplateDepth, TemplateLimits.Default.MaxDepth);
        }
        catch (TemplateRenderException e)
        {
            error = e.Message;
        }

        template = null;
        return false;
    }

    /// <summary>
    /// Renders a template with <paramref name="values"/> as its only top-level names; numbers and dates are formatted
    /// for <paramref name="language"/> (vi: 1,5; en: 1.5). Throws <see cref="TemplateRenderException"/> when the
    /// template breaks one of its limits.
    /// </summary>
    public static string Render(IFluidTemplate template, IReadOnlyDictionary<string, JsonNode?> values, DateTimeOffset now, string language = "vi", TemplateLimits? limits = null)
    {
        _ = WarmedUp.Value;
        return RenderLimited(template, values, now, language, limits ?? TemplateLimits.Default);
    }

    private static string RenderLimited(IFluidTemplate template, IReadOnlyDictionary<string, JsonNode?> values, DateTimeOffset now, string language, TemplateLimits limits)
    {
        var context = new LimitedContext(Options, limits)
        {
            AllowModelMembers = false,
            Now = () => now,
            CultureInfo = CultureInfo.GetCultureInfo(language == "en" ? "en-US" : "vi-VN"),
        };
        foreach (var (name, value) in values)
        {
            context.SetValue(name, ToFluid(value, limits.MaxDepth, name));
        }

        using var output = new LimitedWriter(context);
        try
        {
            var rendering = template.RenderAsync(output, NullEncoder.Default, context);
            if (!rendering.IsCompletedSuccessfully)
            {
                rendering.AsTask().GetAwaiter().GetResult();
            }
        }
        catch (InvalidOperationException e) when (e.Message.StartsWith("The maximum level of recursion", StringComparison.Ordinal))
        {
            // Fluid reports both its step limit and its nesting limit this way.
            throw new TemplateRenderException(Text.Format(TemplateMessages.StepLimit, limits.MaxSteps, Options.MaxRecursion));
        }
        catch (FileNotFoundException e)
        {
            throw new TemplateRenderException(Text.Format(TemplateMessages.NoInclude, e.Message));
        }

        return output.ToString();
    }

    private static bool WarmUp()
    {
        var parsed = TryParse("{% capture c %}{% for i in vars.list %}{% if i > 1 %}{{ i | plus: 1 | append: 'x' | upcase }}{% endif %}{% endfor %}{% endcapture %}{{ c | replace: 'X', 'y' | size }} {{ vars.list | join: ', ' }} {{ 'now' | date: '%d/%m/%Y' }}", out var template, out _);
        var values = new Dictionary<string, JsonNode?>(StringComparer.Ordinal) { ["vars"] = new JsonObject { ["list"] = new JsonArray(1, 2, 3) } };
        try
        {
            return parsed && RenderLimited(template!, values, DateTimeOffset.UnixEpoch, "vi", TemplateLimits.Default with { Timeout = TimeSpan.FromMinutes(1) }).Length > 0;
        }
        catch (TemplateRenderException)
        {
            // A warm-up that fails has still compiled what it ran; it must never fail the renders after it.
            return false;
        }
    }

    /// <summary>Converts JSON to Liquid values, so the template reaches data, never the CLR objects that hold it.</summary>
    public static FluidValue ToFluid(JsonNode? node) => ToFluid(node, TemplateLimits.Default.MaxDepth, "value");

    private static FluidValue ToFluid(JsonNode? node, int depth, string name) => node switch
    {
        null => NilValue.Instance,
        JsonObject or JsonArray when depth <= 0 => throw new TemplateRenderException(Text.Format(TemplateMessages.ValuesDepth, name, TemplateLimits.Default.MaxDepth)),
        JsonObject o => new DictionaryValue(new FluidValueDictionaryFluidIndexable(o.ToDictionary(p => p.Key, p => ToFluid(p.Value, depth - 1, name), StringComparer.Ordinal))),
        JsonArray a => new ArrayValue([.. a.Select(item => ToFluid(item, depth - 1, name))]),
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

    private static FluidParser CreateParser()
    {
        var parser = new FluidParser();

        // Fluid's own capture writes into a buffer of its own, without limit; this one writes into a limited writer.
        parser.RegisterIdentifierBlock("capture", async (identifier, statements, _, encoder, context) =>
        {
            var completion = Completion.Normal;
            using var captured = context is LimitedContext limited ? new LimitedWriter(limited) : new StringWriter(CultureInfo.InvariantCulture);
            foreach (var statement in statements)
            {
                completion = await statement.WriteToAsync(captured, encoder, context);
                if (completion != Completion.Normal)
                {
                    break;
                }
            }

            context.SetValue(identifier, new StringValue(captured.ToString(), false));
            return completion;
        });
        return parser;
    }

    private static TemplateOptions CreateOptions()
    {
        var options = new TemplateOptions
        {
            MemberAccessStrategy = new DefaultMemberAccessStrategy(),
            FileProvider = new NullFileProvider(),
            MaxSteps = TemplateLimits.Default.MaxSteps,
            MaxRecursion = 8,
            CultureInfo = CultureInfo.GetCultureInfo("vi-VN"),
            TimeZone = TimeZoneInfo.FindSystemTimeZoneById("Asia/Ho_Chi_Minh"),
            ModelNamesComparer = StringComparer.Ordinal,
        };
        TemplateFilters.Guard(options.Filters);
        return options;
    }
}
