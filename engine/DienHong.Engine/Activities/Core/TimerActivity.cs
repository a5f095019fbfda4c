using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using DienHong.Engine.Journal;
using DienHong.Engine.Resources;
using DienHong.Engine.Runtime;
using DienHong.Engine.Storage;
using static DienHong.Engine.Activities.Core.Text;

namespace DienHong.Engine.Activities.Core;

/// <summary>
/// Timer (hẹn giờ): waits for a duration on the working calendar (<c>after</c>) or until a date-time given by an
/// expression (<c>at</c>; without a UTC offset it is Vietnam time), then continues. The scheduler wakes it; a late
/// or repeated wake-up is ignored. <c>dueVariable</c> keeps the instant it is due, so that what follows can count from
/// the period's end rather than from the wake-up, which may come late (after a restart).
/// </summary>
public sealed class TimerActivity() : Activity<TimerActivity.Config, NoState>(
    Describe("Timer", T("Hẹn giờ", "Timer"), T("Chờ một khoảng thời gian hoặc đến một thời điểm.", "Waits for a duration or until a point in time."), "time")
        with
    { CanWait = true })
{
    protected override Config Prepare(Config config, NodeCompileContext context)
    {
        if (context.Has("after") == context.Has("at"))
        {
            context.Error(ValidationMessages.TimerOneOf);
        }

        return config;
    }

    protected override ActivityResult Execute(ActivityContext context, Config config, NoState state)
    {
        var wake = config.After is { } after ? context.Deadline(after).Due : context.Instant(config.At, "at")!.Value;
        if (config.DueVariable is { } variable)
        {
            var local = TimeZoneInfo.ConvertTime(wake, context.Calendar.TimeZone);
            context.SetVariable(variable, JsonValue.Create(local.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture)));
        }

        return ActivityResult.Wait(new NewBookmark(BookmarkKind.Timer, DueAt: wake, WakeAt: wake, Event: JournalEvents.TimerStarted));
    }

    protected override ActivityResult Resume(ActivityContext context, Config config, NoState state, ResumeContext resume) =>
        resume.IsWake
            ? new ActivityResult.Completed([], JournalEvents.TimerFired, null)
            : ActivityResult.Reject(RefusalCodes.TimerByHand, context.NodeId);

    /// <summary>A Timer node's configuration: exactly one of its two properties.</summary>
    public sealed record Config(
        [Property("Chờ trong (ngày làm việc, ngày, ngày liên tục, giờ).", "Wait for (working days, days, consecutive days, hours).")]
        DurationValue? After,
        [Property("Chờ đến thời điểm (biểu thức).", "Wait until (an expression giving a date-time).")]
        JsonElement? At,
        [Property(
            "Biến nhận thời điểm hết hạn (giờ Việt Nam, ISO 8601), ghi khi bắt đầu chờ.",
            "The variable that receives the instant the timer is due (Vietnam time, ISO 8601), set when it starts.",
            Variable = true)]
        string? DueVariable);
}
