using System.Text.Json;
using DienHong.Engine.Definitions;
using DienHong.Engine.Resources;

namespace DienHong.Engine.Validation;

/// <summary>
/// What the JSON text itself must keep (giới hạn đầu vào): no key twice in an object, names and strings within
/// their limits, and no more nodes and edges than the limits allow.
/// </summary>
internal static class InputLimitCheck
{
    /// <summary>Too many nodes or edges: the other checks are not run on such a definition.</summary>
    public static bool TooLarge(JsonElement root, DefinitionLimits limits, FindingSink sink)
    {
        var tooLarge = false;
        foreach (var (name, limit, template) in new[] { ("nodes", limits.MaxNodes, ValidationMessages.TooManyNodes), ("edges", limits.MaxEdges, ValidationMessages.TooManyEdges) })
        {
            if (root.TryGetProperty(name, out var list) && list.ValueKind == JsonValueKind.Array && list.GetArrayLength() > limit)
            {
                sink.Error("/" + name, "limit-count", Text.Format(template, list.GetArrayLength(), limit));
                tooLarge = true;
            }
        }

        return tooLarge;
    }

    public static void Check(JsonElement root, JsonLineMap lines, DefinitionLimits limits, FindingSink sink)
    {
        foreach (var issue in lines.Issues)
        {
            var (rule, message) = issue.Kind switch
            {
                JsonIssueKind.DuplicateKey => ("duplicate-key", Text.Format(ValidationMessages.DuplicateKey, issue.Name, issue.Pointer, issue.FirstLine)),
                JsonIssueKind.LongName => ("limit-name", Text.Format(ValidationMessages.NameTooLong, issue.Pointer, issue.Length, limits.MaxNameLength)),
                JsonIssueKind.LongExpression => ("limit-expression", Text.Format(ValidationMessages.ExpressionTooLong, issue.Pointer, issue.Length, limits.MaxExpressionLength)),
                _ => ("limit-string", Text.Format(ValidationMessages.StringTooLong, issue.Pointer, issue.Length, limits.MaxStringLength)),
            };
            sink.Error(issue.Pointer, rule, message, issue.Column, issue.Line);
        }

        // Keys, ids and variable names are names too, though they are written as values.
        var names = new[] { ("/key", root) }
            .Concat(Items(root, "nodes").Select((n, i) => ($"/nodes/{i}/id", n)))
            .Concat(Items(root, "variables").Select((v, i) => ($"/variables/{i}/name", v)));
        foreach (var (pointer, owner) in names)
        {
            var key = pointer[(pointer.LastIndexOf('/') + 1)..];
            if (owner.ValueKind == JsonValueKind.Object && owner.TryGetProperty(key, out var value) && value.ValueKind == JsonValueKind.String
                && value.GetString()!.Length > limits.MaxNameLength)
            {
                sink.Error(pointer, "limit-name", Text.Format(ValidationMessages.NameTooLong, pointer, value.GetString()!.Length, limits.MaxNameLength));
            }
        }
    }

    private static IEnumerable<JsonElement> Items(JsonElement root, string name) =>
        root.TryGetProperty(name, out var list) && list.ValueKind == JsonValueKind.Array ? list.EnumerateArray() : [];
}
