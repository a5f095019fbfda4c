using System.Text.Json.Nodes;
using DienHong.Calendar;
using DienHong.Engine.Activities;
using DienHong.Engine.Activities.Core;
using DienHong.Engine.Definitions;
using DienHong.Engine.Runtime;
using DienHong.Engine.Storage;

namespace DienHong.Engine.Tests.Authoring;

/// <summary>
/// A test node type declared once: its config exercises every reader (a duration with a default, a flag with a
/// default, a variable, a list of shaped values), its typed state counts resumes, and its task offers two outcomes
/// and one action.
/// </summary>
internal sealed class CounterActivity() : Activity<CounterActivity.Config, CounterState>(
    Describe("Counter", new LocalizedText("Đếm", "Counter"), new LocalizedText("Bước thử nghiệm.", "A test node."), "test", "Stopped") with
    {
        CanWait = true,
        Actions = [new("note", new LocalizedText("Ghi chú", "Note")) { Data = [new("text", PropertyKind.Text, Required: true), new("urgent", PropertyKind.Boolean)] }],
    })
{
    public static readonly TaskOffer Offer = new(["Again", "Stop"], ["note"]);

    protected override Config Prepare(Config config, NodeCompileContext context) => config;

    protected override ActivityResult Execute(ActivityContext context, Config config, CounterState state)
    {
        state.Phase = CounterPhase.Counting;
        return ActivityResult.Wait(new NewBookmark(BookmarkKind.Task, context.NodeId, "role:staff", Payload: Offer.Payload(new JsonObject { ["flag"] = config.Flag })));
    }

    protected override ActivityResult Resume(ActivityContext context, Config config, CounterState state, ResumeContext resume)
    {
        if (resume.Input.Action is not null)
        {
            state.Notes.Add(resume.Input.Data!["text"]!.ToString());
            return ActivityResult.KeepWaiting();
        }

        state.Resumes++;
        if (resume.Input.Outcome == "Again")
        {
            return resume.Input.Comment == "refuse" ? ActivityResult.Reject(RefusalCodes.ActivityRejected, "no") : ActivityResult.KeepWaiting();
        }

        if (config.Into is { } variable)
        {
            context.SetVariable(variable, state.Resumes);
        }

        state.Phase = CounterPhase.Stopped;
        return ActivityResult.Outcome("Stopped");
    }

    /// <summary>The test node's configuration.</summary>
    public sealed record Config(
        [Property("Khoảng chờ.", "The period.", Default = """{ "hours": 2 }""")]
        DurationValue Period,
        [Property("Cờ.", "A flag.", Default = "true")]
        bool Flag,
        [Property("Biến nhận số lần.", "The variable that receives the count.", Variable = true)]
        string? Into,
        [Property("Các trường hợp.", "The cases.", Required = true)]
        IReadOnlyList<SwitchCase>? Cases,
        [Property(PropertyKind.Value, "Tên gọi khác.", "Another name.", Name = "alias")]
        string? Nickname);
}
