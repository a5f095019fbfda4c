using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using DienHong.Engine.Definitions;

namespace DienHong.Engine.Runtime;

/// <summary>
/// Builds an instance's first variables from the start input and the declared variables (defaults, required, types).
/// A start gives only the variables the definition accepts as input: what the process sets itself, or what is filled
/// from the starter, a start may not choose.
/// </summary>
internal static class InputBinder
{
    public static JsonObject Bind(WorkflowDefinition definition, JsonObject? input, Actor? starter)
    {
        var vars = input is null ? new JsonObject() : input.DeepClone().AsObject();
        var problems = new List<Refusal>();
        foreach (var variable in definition.Variables.Where(v => vars.ContainsKey(v.Name) && !definition.AcceptsInput(v)))
        {
            problems.Add(new Refusal(RefusalCodes.VariableNotInput, variable.Name));
        }

        foreach (var variable in definition.Variables.Where(v => v.From == VariableDefinition.FromStarter))
        {
            // The system (a scheduled launch) is nobody to answer to: the variable stays unset.
            if (starter is { IsSystem: false } person)
            {
                vars[variable.Name] = person.Id;
            }
            else
            {
                vars.Remove(variable.Name);
            }
        }

        foreach (var variable in definition.Variables)
        {
            if (vars[variable.Name] is null)
            {
                if (variable.Default is { } d)
                {
                    vars[variable.Name] = JsonNode.Parse(d.GetRawText());
                }
                else if (variable.Required)
                {
                    problems.Add(new Refusal(RefusalCodes.VariableRequired, variable.Name));
                }

                continue;
            }

            if (!Fits(vars[variable.Name]!, variable.Type))
            {
                problems.Add(new Refusal(RefusalCodes.VariableType, variable.Name, variable.Type));
            }
        }

        return problems.Count == 0 ? vars : throw new RunRejectedException(new Refusal(RefusalCodes.InputInvalid, new RefusalList(problems)));
    }

    private static bool Fits(JsonNode value, string type)
    {
        var kind = value.GetValueKind();
        return type switch
        {
            "string" => kind == JsonValueKind.String,
            "number" => kind == JsonValueKind.Number,
            "integer" => kind == JsonValueKind.Number && value.GetValue<double>() % 1 == 0,
            "boolean" => kind is JsonValueKind.True or JsonValueKind.False,
            "date" => kind == JsonValueKind.String && DateOnly.TryParseExact(value.GetValue<string>(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _),
            "datetime" => kind == JsonValueKind.String && DateTimeOffset.TryParse(value.GetValue<string>(), CultureInfo.InvariantCulture, DateTimeStyles.None, out _),
            "object" => kind == JsonValueKind.Object,
            "array" => kind == JsonValueKind.Array,
            _ => true,
        };
    }
}
