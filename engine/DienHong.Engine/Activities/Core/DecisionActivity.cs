using System.Text.Json;
using DienHong.Engine.Expressions;
using static DienHong.Engine.Activities.Core.Text;

namespace DienHong.Engine.Activities.Core;

/// <summary>Decision (rẽ nhánh): evaluates a condition and completes with <c>True</c> or <c>False</c> (WCP-4).</summary>
public sealed class DecisionActivity() : Activity<DecisionActivity.Config, NoState>(
    Describe("Decision", T("Điều kiện", "Decision"), T("Chọn nhánh theo một điều kiện.", "Chooses a branch by a condition."), "control", "True", "False"))
{
    protected override ActivityResult Execute(ActivityContext context, Config config, NoState state) =>
        ActivityResult.Outcome(config.Condition is { } c && ExpressionSandbox.IsTruthy(context.Evaluate(c)) ? "True" : "False");

    /// <summary>A Decision node's configuration.</summary>
    public sealed record Config(
        [Property("Điều kiện (biểu thức).", "The condition (an expression).", Required = true)]
        JsonElement? Condition);
}
