using System.Text.Json.Nodes;
using DienHong.Calendar;
using DienHong.Engine.Activities;
using DienHong.Engine.Definitions;
using DienHong.Engine.Runtime;
using DienHong.Engine.Storage;

namespace DienHong.Engine.Tests.Routing;

/// <summary>
/// A test node type that waits on one task per entry of <c>assignees</c> (null: a task for nobody in particular)
/// and, when resumed, does what the outcome given asks: <c>Break</c> fails, <c>Throw</c> throws, <c>Refuse</c>
/// refuses the request, <c>Vanish</c> waits on nothing, <c>Touch</c> changes its task's payload, <c>Noted</c>
/// completes with a comment of its own; anything else completes with <c>Done</c>.
/// </summary>
internal sealed class FlakyActivity : IActivity
{
    public ActivityDescriptor Descriptor { get; } = new(
        "Flaky",
        new LocalizedText("Thử lỗi", "Flaky"),
        new LocalizedText("Bước thử nghiệm.", "A test node."),
        "test",
        [new("assignees", PropertyKind.Json, true, new LocalizedText("Người thực hiện.", "Assignees."))],
        ["Done"])
    {
        CanWait = true,
    };

    public ActivityResult Execute(ActivityContext context) =>
        ActivityResult.Wait([.. context.Node.Definition.Properties["assignees"].EnumerateArray()
            .Select(a => new NewBookmark(BookmarkKind.Task, Assignee: a.GetString(), Payload: new JsonObject { ["flaky"] = true }, Event: "TaskCreated"))]);

    public ActivityResult Resume(ActivityContext context, ResumeContext resume) => resume.Input.Outcome switch
    {
        "Break" => ActivityResult.Fault("the flaky node broke"),
        "Throw" => throw new InvalidOperationException("boom"),
        "Refuse" => throw new RunRejectedException("refused"),
        "Vanish" => ActivityResult.Wait(),
        "Touch" => ActivityResult.KeepWaiting(new BookmarkChange { Payload = new JsonObject { ["touched"] = true } }),
        "Noted" => new ActivityResult.Completed(["Done"], null, "noted by the node"),
        _ => ActivityResult.Outcome("Done"),
    };
}
