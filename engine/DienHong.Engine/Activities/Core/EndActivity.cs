using static DienHong.Engine.Activities.Core.Text;

namespace DienHong.Engine.Activities.Core;

/// <summary>End (kết thúc): ends the whole instance with an optional outcome and cancels its open work (WCP-43).</summary>
public sealed class EndActivity : IActivity
{
    public ActivityDescriptor Descriptor { get; } = new(
        "End",
        T("Kết thúc", "End"),
        T("Kết thúc hồ sơ và huỷ mọi việc còn mở.", "Ends the instance and cancels all open work."),
        "control",
        [Prop("outcome", PropertyKind.Text, false, "Kết quả của hồ sơ.", "The instance's outcome.")],
        []);

    public object? Compile(NodeCompileContext context) => new EndConfig(context.String("outcome"));

    public ActivityResult Execute(ActivityContext context) => ActivityResult.Terminate(context.Config<EndConfig>().Outcome);

    private sealed record EndConfig(string? Outcome);
}
