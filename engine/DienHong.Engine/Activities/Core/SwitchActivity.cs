using System.Text.Json;
using DienHong.Engine.Definitions;
using DienHong.Engine.Expressions;
using DienHong.Engine.Resources;
using static DienHong.Engine.Activities.Core.Text;

namespace DienHong.Engine.Activities.Core;

/// <summary>
/// Switch (rẽ nhiều nhánh): the first case whose condition holds gives the outcome, else <c>Default</c>. With
/// <c>"multiple": true</c> every case that holds is taken (multi-choice, WCP-6).
/// </summary>
public sealed class SwitchActivity() : Activity<SwitchActivity.Config, NoState>(
    Describe(
        "Switch",
        T("Rẽ nhiều nhánh", "Switch"),
        T("Chọn nhánh theo trường hợp đầu tiên thoả điều kiện.", "Chooses the branch of the first case whose condition holds."),
        "control",
        Default))
{
    public const string Default = "Default";

    /// <summary>The cases' outcomes, read from the node itself: the validator asks before any compile.</summary>
    public override IReadOnlyList<string> Outcomes(NodeDefinition node) =>
        [.. (node.TryGetProperty("cases", out var list) && list.ValueKind == JsonValueKind.Array ? list.EnumerateArray() : [])
            .Select(c => SwitchCase.Read(c)?.Outcome).OfType<string>(), Default];

    protected override ActivityResult Execute(ActivityContext context, Config config, NoState state)
    {
        var taken = new List<string>();
        foreach (var @case in config.Cases ?? [])
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

    /// <summary>A Switch node's configuration.</summary>
    public sealed record Config(
        [Property("Các trường hợp: kết quả và điều kiện.", "The cases: outcome and condition.", Required = true)]
        IReadOnlyList<SwitchCase>? Cases,
        [Property("Đi mọi nhánh thoả điều kiện.", "Take every case that holds.")]
        bool Multiple);
}
