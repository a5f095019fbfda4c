using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using DienHong.Calendar;
using DienHong.Engine.Expressions;
using DienHong.Web.Resources;

namespace DienHong.Web.Application.Designer.Properties;

/// <summary>
/// Checks an expression value as it is typed (kiểm tra biểu thức), with the engine's own parser and variable finder,
/// so the designer reports what the validator would: a syntax error, or a <c>vars.x</c> the definition does not
/// declare. A value that is not an expression (no leading <c>=</c>) is a literal and has nothing to check.
/// </summary>
public static class ExpressionCheck
{
    /// <summary>The problem of <paramref name="text"/> in the engine's words, or null when it parses (or is a literal).</summary>
    public static string? Problem(string? text, JsonObject? definition)
    {
        if (!ExpressionText.IsExpression(text))
        {
            return null;
        }

        CompiledExpression compiled;
        try
        {
            compiled = ExpressionCompiler.Compile(text!);
        }
        catch (ExpressionSyntaxException e)
        {
            return e.Reason;
        }

        var declared = Declared(definition).Select(v => v.Name).ToHashSet(StringComparer.Ordinal);
        var unknown = VariableReferences.Of(compiled).Where(n => !declared.Contains(n)).Order(StringComparer.Ordinal).ToList();
        return unknown.Count == 0 ? null : Say(DesignerPropertiesText.UnknownVariables, string.Join(", ", unknown.Select(n => "vars." + n)));
    }

    /// <summary>The names an expression of this definition may read: its declared variables, then what the engine provides.</summary>
    public static IReadOnlyList<ScopeVariable> Scope(JsonObject? definition) =>
    [
        .. Declared(definition).Select(v => v with { Name = "vars." + v.Name }),
        new("input", null, DesignerPropertiesText.ScopeInput, false),
        new("now", null, DesignerPropertiesText.ScopeNow, false),
        new("today", "string", DesignerPropertiesText.ScopeToday, false),
    ];

    private static string Say(string format, string value) => string.Format(CultureInfo.CurrentCulture, CompositeFormat.Parse(format), value);

    private static IEnumerable<ScopeVariable> Declared(JsonObject? definition) =>
        (definition?["variables"] as JsonArray ?? [])
            .OfType<JsonObject>()
            .Where(v => v["name"] is JsonValue name && name.TryGetValue<string>(out _))
            .Select(v => new ScopeVariable(
                v["name"]!.GetValue<string>(),
                v["type"] is JsonValue t && t.TryGetValue<string>(out var type) ? type : null,
                Text(v["description"])?.For(CultureInfo.CurrentUICulture.Name),
                true));

    private static LocalizedText? Text(JsonNode? node) => node switch
    {
        JsonValue v when v.TryGetValue<string>(out var s) => new LocalizedText(s),
        JsonObject o when o["vi"] is JsonValue vi && vi.TryGetValue<string>(out var s) =>
            new LocalizedText(s, o["en"] is JsonValue en && en.TryGetValue<string>(out var e) ? e : null),
        _ => null,
    };
}
