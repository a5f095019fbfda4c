using static DienHong.Engine.Activities.Core.Text;

namespace DienHong.Engine.Activities.Core;

/// <summary>End (kết thúc): ends the whole instance with an optional outcome and cancels its open work (WCP-43).</summary>
public sealed class EndActivity() : Activity<EndActivity.Config, NoState>(
    Describe("End", T("Kết thúc", "End"), T("Kết thúc hồ sơ và huỷ mọi việc còn mở.", "Ends the instance and cancels all open work."), "control"))
{
    protected override ActivityResult Execute(ActivityContext context, Config config, NoState state) => ActivityResult.Terminate(config.Outcome);

    /// <summary>An End node's configuration.</summary>
    public sealed record Config(
        [Property("Kết quả của hồ sơ.", "The instance's outcome.")]
        string? Outcome);
}
