using DienHong.Engine.Expressions;
using static DienHong.Engine.Activities.Core.Text;

namespace DienHong.Engine.Activities.Core;

/// <summary>Decision (rẽ nhánh): evaluates a condition and completes with <c>True</c> or <c>False</c> (WCP-4).</summary>
public sealed class DecisionActivity : IActivity
{
    public ActivityDescriptor Descriptor { get; } = new(
        "Decision",
        T("Điều kiện", "Decision"),
        T("Chọn nhánh theo một điều kiện.", "Chooses a branch by a condition."),
        "control",
        [Prop("condition", PropertyKind.Value, true, "Điều kiện (biểu thức).", "The condition (an expression).")],
        ["True", "False"]);

    public ActivityResult Execute(ActivityContext context) =>
        ActivityResult.Outcome(ExpressionSandbox.IsTruthy(context.EvaluateProperty("condition")) ? "True" : "False");
}
