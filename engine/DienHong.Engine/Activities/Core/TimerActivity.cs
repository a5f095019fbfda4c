using DienHong.Engine.Journal;
using static DienHong.Engine.Activities.Core.Text;

namespace DienHong.Engine.Activities.Core;

/// <summary>
/// Timer (hẹn giờ): waits for a duration on the working calendar (<c>after</c>) or until a date-time given by an
/// expression (<c>at</c>), then continues. The scheduler wakes it; a late or repeated wake-up is ignored.
/// </summary>
public sealed class TimerActivity : IActivity
{
    public ActivityDescriptor Descriptor { get; } = new(
        "Timer",
        T("Hẹn giờ", "Timer"),
        T("Chờ một khoảng thời gian hoặc đến một thời điểm.", "Waits for a duration or until a point in time."),
        "time",
        [
            Prop("after", PropertyKind.Duration, false, "Chờ trong (ngày làm việc, ngày, ngày liên tục, giờ).", "Wait for (working days, days, consecutive days, hours)."),
            Prop("at", PropertyKind.Value, false, "Chờ đến thời điểm (biểu thức).", "Wait until (an expression giving a date-time)."),
        ],
        [])
    {
        CanWait = true,
    };

    public object? Compile(NodeCompileContext context)
    {
        if (context.Has("after") == context.Has("at"))
        {
            context.Error("a Timer needs exactly one of 'after' (a duration) or 'at' (a date-time)");
        }

        return new TimerConfig(context.Duration("after"));
    }

    public ActivityResult Execute(ActivityContext context)
    {
        var config = context.Config<TimerConfig>();
        var wake = config.After is { } after ? context.Deadline(after).Due : context.Instant("at")!.Value;

        return ActivityResult.Wait(new NewBookmark(BookmarkKind.Timer, DueAt: wake, WakeAt: wake, Event: JournalEvents.TimerStarted));
    }

    public ActivityResult Resume(ActivityContext context, Runtime.ResumeContext resume) =>
        resume.IsWake
            ? new ActivityResult.Completed([], JournalEvents.TimerFired, null)
            : ActivityResult.Reject(Runtime.RefusalCodes.TimerByHand, context.NodeId);

    private sealed record TimerConfig(DurationValue? After);
}
