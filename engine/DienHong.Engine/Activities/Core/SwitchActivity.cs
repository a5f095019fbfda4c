using System.Text.Json;
using DienHong.Engine.Definitions;
using DienHong.Engine.Expressions;
using static DienHong.Engine.Activities.Core.Text;

namespace DienHong.Engine.Activities.Core;

/// <summary>
/// Switch (rẽ nhiều nhánh): the first case whose condition holds gives the outcome, else <c>Default</c>. With
/// <c>"multiple": true</c> every case that holds is taken (multi-choice, WCP-6).
/// </summary>
public sealed class SwitchActivity : IActivity
{
    public const string Default = "Default";

    /// <summary>One case: <c>{ "outcome", "condition" }</c>.</summary>
    public static readonly ObjectShape Case = new("switchCase", [new("outcome", PropertyKind.Text), new("condition", PropertyKind.Value)]);

    public ActivityDescriptor Descriptor { get; } = new(
        "Switch",
        T("Rẽ nhiều nhánh", "Switch"),
        T("Chọn nhánh theo trường hợp đầu tiên thoả điều kiện.", "Chooses the branch of the first case whose condition holds."),
        "control",
        [
            Prop("cases", PropertyKind.Json, true, "Các trường hợp: kết quả và điều kiện.", "The cases: outcome and condition.") with { Shape = Case },
            Prop("multiple", PropertyKind.Boolean, false, "Đi mọi nhánh thoả điều kiện.", "Take every case that holds."),
        ],
        [Default]);

    public IReadOnlyList<string> Outcomes(NodeDefinition node) =>
        [.. ReadCases(node, _ => { }).Select(c => c.Outcome), Default];

    public object? Compile(NodeCompileContext context) =>
        new SwitchConfig(ReadCases(context.Node, context.Error), context.Property("multiple")?.ValueKind == JsonValueKind.True);

    public ActivityResult Execute(ActivityContext context)
    {
        var config = context.Config<SwitchConfig>();
        var taken = new List<string>();
        foreach (var @case in config.Cases)
        {
            if (ExpressionSandbox.IsTruthy(context.Evaluate(@case.Condition)))
            {
                taken.Add(@case.Outcome);
                if (!config.Multiple)
                {
                    break;
                }
            }
        }

        return ActivityResult.Outcome(taken.Count == 0 ? [Default] : [.. taken]);
    }

    private static List<SwitchCase> ReadCases(NodeDefinition node, Action<string> error)
    {
        var cases = new List<SwitchCase>();
        if (!node.TryGetProperty("cases", out var list) || list.ValueKind != JsonValueKind.Array)
        {
            return cases;
        }

        foreach (var c in list.EnumerateArray())
        {
            if (c.ValueKind == JsonValueKind.Object
                && c.TryGetProperty("outcome", out var outcome) && outcome.ValueKind == JsonValueKind.String
                && c.TryGetProperty("condition", out var condition))
            {
                cases.Add(new SwitchCase(outcome.GetString()!, condition.Clone()));
            }
            else
            {
                error("property 'cases': each case needs an \"outcome\" and a \"condition\"");
            }
        }

        return cases;
    }

    private sealed record SwitchCase(string Outcome, JsonElement Condition);

    private sealed record SwitchConfig(IReadOnlyList<SwitchCase> Cases, bool Multiple);
}
