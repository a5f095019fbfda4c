using DienHong.Engine.Journal;
using DienHong.Engine.Runtime;
using DienHong.Engine.Storage;
using static DienHong.Engine.Activities.Core.Text;

namespace DienHong.Engine.Activities.Core;

/// <summary>Signal (chờ tín hiệu): waits for a named signal from outside; its data can be kept in a variable.</summary>
public sealed class SignalActivity() : Activity<SignalActivity.Config, NoState>(
    Describe("Signal", T("Chờ tín hiệu", "Wait for signal"), T("Chờ một tín hiệu có tên từ bên ngoài.", "Waits for a named signal from outside."), "events")
        with
    { CanWait = true })
{
    protected override ActivityResult Execute(ActivityContext context, Config config, NoState state) =>
        ActivityResult.Wait(new NewBookmark(BookmarkKind.Signal, Key: config.Signal, Event: JournalEvents.SignalAwaited));

    protected override ActivityResult Resume(ActivityContext context, Config config, NoState state, ResumeContext resume)
    {
        if (resume.IsWake)
        {
            return ActivityResult.Reject(RefusalCodes.SignalNoWake, context.NodeId);
        }

        if (config.Variable is { } variable)
        {
            context.SetVariable(variable, resume.Input.Data?.DeepClone());
        }

        return new ActivityResult.Completed([], JournalEvents.SignalReceived, null);
    }

    /// <summary>A Signal node's configuration.</summary>
    public sealed record Config(
        [Property("Tên tín hiệu.", "The signal's name.", Required = true)]
        string? Signal,
        [Property("Biến nhận dữ liệu của tín hiệu.", "The variable that receives the signal's data.", Variable = true)]
        string? Variable);
}
