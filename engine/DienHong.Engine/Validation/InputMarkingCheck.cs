using System.Text.Json;
using DienHong.Engine.Definitions;
using DienHong.Engine.Resources;

namespace DienHong.Engine.Validation;

/// <summary>
/// Which variables a start may give (dữ liệu đầu vào khi khởi tạo). Rule <c>input-unmarked</c> (a warning): a
/// definition with variables marks none <c>"input"</c>, so a start may set every one, even those the process sets
/// itself. Rule <c>input-from</c>: a variable filled <c>from</c> the starter is no input. Rule
/// <c>required-not-input</c>: a required variable that no start may give, with no default and nobody to fill it,
/// can never be there.
/// </summary>
internal static class InputMarkingCheck
{
    public static void Check(WorkflowDefinition d, JsonElement root, JsonLineMap lines, Action<int?, string?, int?, string, string> add, Action<int?, string?, int?, string, string> warn)
    {
        var line = LinesByName(root, lines);
        if (d.Variables.Any(v => v.From is null) && !d.MarksInputs)
        {
            warn(lines.LineOf("/variables"), null, null, "input-unmarked", ValidationMessages.InputUnmarked);
        }

        foreach (var v in d.Variables)
        {
            if (v.From is not null && v.Input == true)
            {
                add(line.GetValueOrDefault(v.Name), null, null, "input-from", Text.Format(ValidationMessages.InputFrom, v.Name, v.From));
            }
            else if (v.Required && v.From is null && v.Default is null && !d.AcceptsInput(v))
            {
                add(line.GetValueOrDefault(v.Name), null, null, "required-not-input", Text.Format(ValidationMessages.RequiredNotInput, v.Name));
            }
        }
    }

    private static Dictionary<string, int?> LinesByName(JsonElement root, JsonLineMap lines)
    {
        var found = new Dictionary<string, int?>(StringComparer.Ordinal);
        if (root.TryGetProperty("variables", out var list) && list.ValueKind == JsonValueKind.Array)
        {
            var i = 0;
            foreach (var v in list.EnumerateArray())
            {
                if (v.ValueKind == JsonValueKind.Object && v.TryGetProperty("name", out var n) && n.ValueKind == JsonValueKind.String)
                {
                    found.TryAdd(n.GetString()!, lines.LineOf($"/variables/{i}"));
                }

                i++;
            }
        }

        return found;
    }
}
