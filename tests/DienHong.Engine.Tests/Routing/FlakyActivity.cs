using DienHong.Calendar;
using DienHong.Engine.Activities;
using DienHong.Engine.Runtime;

namespace DienHong.Engine.Tests.Routing;

/// <summary>
/// A test node type that waits on one task per assignee in <c>assignees</c> and, resumed with the outcome
/// <c>Break</c>, fails; otherwise it completes with <c>Done</c>.
/// </summary>
internal sealed class FlakyActivity : IActivity
{
    public ActivityDescriptor Descriptor { get; } = new(
        "Flaky",
        new LocalizedText("Thử lỗi", "Flaky"),
        new LocalizedText("Bước thử nghiệm.", "A test node."),
        "test",
        [new("assignees", PropertyKind.StringList, true, new LocalizedText("Người thực hiện.", "Assignees."))],
        ["Done"])
    {
        CanWait = true,
    };

    public ActivityResult Execute(ActivityContext context) =>
        ActivityResult.Wait([.. context.Node.Definition.Properties["assignees"].EnumerateArray()
            .Select(a => new NewBookmark(BookmarkKind.Task, context.NodeId, a.GetString(), Event: "TaskCreated"))]);

    public ActivityResult Resume(ActivityContext context, ResumeContext resume) =>
        resume.Input.Outcome == "Break" ? ActivityResult.Fault("the flaky node broke") : ActivityResult.Outcome("Done");
}
