using DienHong.Engine.Definitions;
using static DienHong.Engine.Activities.Core.Text;

namespace DienHong.Engine.Activities.Core;

/// <summary>Start (bắt đầu): where every instance begins. Its <c>schedule</c> launches instances periodically.</summary>
public sealed class StartActivity : IActivity
{
    /// <summary>A recurring launch: <c>{ "cron", "timeZone", "per" }</c>.</summary>
    public static readonly ObjectShape Schedule = new("schedule", [new("cron", PropertyKind.Text), new("timeZone", PropertyKind.Text), new("per", PropertyKind.Text)]);

    public ActivityDescriptor Descriptor { get; } = new(
        "Start",
        T("Bắt đầu", "Start"),
        T("Điểm bắt đầu của quy trình.", "Where the workflow begins."),
        "control",
        [Prop("schedule", PropertyKind.Json, false, "Lịch khởi chạy định kỳ (cron, múi giờ, theo cơ quan).", "Recurring launch (cron, time zone, per agency).") with { Shape = Schedule }],
        []);

    public ActivityResult Execute(ActivityContext context) => ActivityResult.Done();
}
