using System.Text.Json;

namespace DienHong.Engine.Expressions;

/// <summary>
/// The value convention of docs/format/definitions.md: a string starting with <c>=</c> is an expression; <c>==</c> escapes a
/// literal <c>=</c>.
/// </summary>
public static class ExpressionText
{
    public static bool IsExpression(string? text) => text is ['=', not '=', ..] || text is "=";

    public static bool IsExpression(JsonElement value) =>
        value.ValueKind == JsonValueKind.String && IsExpression(value.GetString());

    /// <summary>The JavaScript of an expression value (without the leading <c>=</c>).</summary>
    public static string Code(string expression) => expression[1..];

    /// <summary>A literal string with the <c>==</c> escape undone.</summary>
    public static string Literal(string text) => text.StartsWith("==", StringComparison.Ordinal) ? text[1..] : text;
}
