using DienHong.Engine.Journal;
using static DienHong.Engine.Activities.Core.Text;

namespace DienHong.Engine.Activities.Core;

/// <summary>Signal (chờ tín hiệu): waits for a named signal from outside; its data can be kept in a variable.</summary>
public sealed class SignalActivity : IActivity
{
    public ActivityDescriptor Descriptor { get; } = new(
        "Signal",
        T("Chờ tín hiệu", "Wait for signal"),
        T("Chờ một tín hiệu có tên từ bên ngoài.", "Waits for a named signal from outside."),
        "events",
        [
            Prop("signal", PropertyKind.Text, true, "Tên tín hiệu.", "The signal's name."),
            Prop("variable", PropertyKind.Text, false, "Biến nhận dữ liệu của tín hiệu.", "The variable that receives the signal's data."),
        ],
        [])
    {
        CanWait = true,
    };

    public object? Compile(NodeCompileContext context)
    {
        var variable = context.Variable("variable");

        return new SignalConfig(context.String("signal") ?? string.Empty, variable);
    }

    public ActivityResult Execute(ActivityContext context) =>
        ActivityResult.Wait(new NewBookmark(BookmarkKind.Signal, Key: context.Config<SignalConfig>().Signal, Event: JournalEvents.SignalAwaited));

    public ActivityResult Resume(ActivityContext context, Runtime.ResumeContext resume)
    {
        if (resume.IsWake)
        {
            return ActivityResult.Reject(Runtime.RefusalCodes.SignalNoWake, context.NodeId);
        }

        if (context.Config<SignalConfig>().Variable is { } variable)
        {
            context.SetVariable(variable, resume.Input.Data?.DeepClone());
        }

        return new ActivityResult.Completed([], JournalEvents.SignalReceived, null);
    }

    private sealed record SignalConfig(string Signal, string? Variable);
}
