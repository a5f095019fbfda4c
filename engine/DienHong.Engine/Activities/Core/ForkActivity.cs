using static DienHong.Engine.Activities.Core.Text;

namespace DienHong.Engine.Activities.Core;

/// <summary>Fork (tách nhánh song song): sends a token along every outbound edge (WCP-2).</summary>
public sealed class ForkActivity : IActivity
{
    public ActivityDescriptor Descriptor { get; } = new(
        "Fork",
        T("Tách nhánh song song", "Fork"),
        T("Chạy song song mọi nhánh ra.", "Runs every outbound branch in parallel."),
        "control",
        [],
        []);

    public ActivityResult Execute(ActivityContext context) => ActivityResult.Done();
}
