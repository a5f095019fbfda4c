using System.Text.Json;
using static DienHong.Engine.Activities.Core.Text;

namespace DienHong.Engine.Activities.Core;

/// <summary>SetVariable (gán biến): sets an instance variable to a literal or an expression's value.</summary>
public sealed class SetVariableActivity() : Activity<SetVariableActivity.Config, NoState>(
    Describe("SetVariable", T("Gán biến", "Set variable"), T("Gán giá trị cho một biến của hồ sơ.", "Sets an instance variable."), "control"))
{
    protected override ActivityResult Execute(ActivityContext context, Config config, NoState state)
    {
        context.SetVariable(config.Variable!, config.Value is { } value ? context.Evaluate(value) : null);
        return ActivityResult.Done();
    }

    /// <summary>A SetVariable node's configuration.</summary>
    public sealed record Config(
        [Property("Tên biến.", "The variable's name.", Required = true, Variable = true)]
        string? Variable,
        [Property("Giá trị (hằng hoặc biểu thức).", "The value (literal or expression).", Required = true)]
        JsonElement? Value);
}
