using static DienHong.Engine.Activities.Core.Text;

namespace DienHong.Engine.Activities.Core;

/// <summary>SetVariable (gán biến): sets an instance variable to a literal or an expression's value.</summary>
public sealed class SetVariableActivity : IActivity
{
    public ActivityDescriptor Descriptor { get; } = new(
        "SetVariable",
        T("Gán biến", "Set variable"),
        T("Gán giá trị cho một biến của hồ sơ.", "Sets an instance variable."),
        "control",
        [
            Prop("variable", PropertyKind.Text, true, "Tên biến.", "The variable's name."),
            Prop("value", PropertyKind.Value, true, "Giá trị (hằng hoặc biểu thức).", "The value (literal or expression)."),
        ],
        []);

    public object? Compile(NodeCompileContext context)
    {
        var name = context.Variable("variable");

        return new Target(name ?? string.Empty);
    }

    public ActivityResult Execute(ActivityContext context)
    {
        context.SetVariable(context.Config<Target>().Variable, context.EvaluateProperty("value"));
        return ActivityResult.Done();
    }

    private sealed record Target(string Variable);
}
