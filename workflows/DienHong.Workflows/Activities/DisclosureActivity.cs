using System.Text.Json;
using System.Text.Json.Nodes;
using DienHong.Calendar;
using DienHong.Engine.Activities;
using DienHong.Engine.Expressions;
using DienHong.Engine.Journal;
using DienHong.Engine.Resources;
using DienHong.Engine.Runtime;
using DienHong.Workflows.Resources;

namespace DienHong.Workflows.Activities;

/// <summary>
/// Disclosure (công khai), Law 10/2022/QH15 Chapter III: the head discloses an item of the Art. 46 catalog to the
/// staff on the forms of Art. 47.1 (notice board, intranet, meeting, written notice), no later than 05 working days
/// from the decision (Art. 47.2), for at least 20 consecutive days (Art. 48.1-2).
/// <para>
/// Running the node records the proof of posting (who, when, where, how long) in its state and the journal
/// (<c>DisclosurePosted</c>); a posting later than the start window is journalled as a breach (<c>DisclosureLate</c>)
/// but not blocked. While the posting is open, staff send objections (action <c>object</c>) and opinions
/// (<c>opine</c>), named or anonymous; they are recorded and the posting stays open (a non-interrupting event).
/// When the period ends the node completes with <c>NoObjection</c>, or, with objections, <c>HasObjections</c> after
/// a review by the union chair (<c>unionReview</c>, default true). An anonymous submission keeps no trace of its
/// sender: neither the node state nor the journal holds the actor.
/// </para>
/// </summary>
public sealed class DisclosureActivity : IActivity
{
    public const string NoObjection = "NoObjection";
    public const string HasObjections = "HasObjections";
    public const string Reviewed = "Reviewed";
    public const string ObjectAction = "object";
    public const string OpineAction = "opine";

    private const string Open = "open";
    private const string Review = "review";

    public ActivityDescriptor Descriptor { get; } = new(
        "Disclosure",
        new LocalizedText("Công khai", "Disclosure"),
        new LocalizedText(
            "Công khai nội dung cho cán bộ, công chức, viên chức, người lao động theo Luật 10/2022/QH15 Điều 46-48: niêm yết ít nhất 20 ngày liên tục, chậm nhất 05 ngày làm việc kể từ ngày quyết định; nhận ý kiến, phản ánh trong thời gian công khai.",
            "Discloses an item to the staff under Law 10/2022/QH15 Art. 46-48: posted for at least 20 consecutive days, no later than 05 working days after the decision; receives opinions and objections while it is posted."),
        "governance",
        [
            Prop("document", PropertyKind.Value, false, "Nội dung công khai (văn bản hoặc biểu thức).", "What is disclosed (a text or an expression)."),
            Prop("category", PropertyKind.Text, false, "Nhóm nội dung theo Điều 46 (ví dụ DC-06: công tác cán bộ).", "The Art. 46 catalog item (e.g. DC-06: personnel actions)."),
            Prop("audience", PropertyKind.Text, false, "Đối tượng được công khai (mặc định: toàn cơ quan, \"agency\").", "Who it is disclosed to (default: the whole agency, \"agency\")."),
            Prop("channels", PropertyKind.StringList, false, "Hình thức công khai (Điều 47.1): notice-board (niêm yết), intranet (mạng nội bộ), meeting (hội nghị), written-notice (văn bản); mặc định niêm yết và mạng nội bộ.", "Forms of disclosure (Art. 47.1): notice-board, intranet, meeting, written-notice; default notice-board and intranet."),
            Prop("period", PropertyKind.Duration, false, "Thời gian công khai (mặc định 20 ngày liên tục, Điều 48).", "How long it stays posted (default 20 consecutive days, Art. 48)."),
            Prop("startWithin", PropertyKind.Duration, false, "Thời hạn phải công khai kể từ ngày quyết định (mặc định 05 ngày làm việc, Điều 47.2).", "The time limit to post after the decision (default 05 working days, Art. 47.2).") with { ZeroAllowed = true },
            Prop("decisionDate", PropertyKind.Value, false, "Ngày ban hành quyết định (biểu thức); mặc định: lúc bắt đầu bước.", "The date of the decision (an expression); default: when the node starts."),
            Prop("postedAt", PropertyKind.Value, false, "Thời điểm niêm yết (biểu thức); mặc định: lúc bước chạy.", "When it was posted (an expression); default: when the node runs."),
            Prop("unionReview", PropertyKind.Boolean, false, "Khi có phản ánh, Chủ tịch công đoàn xem xét trước khi kết thúc (mặc định có).", "With objections, the union chair reviews them before the node completes (default true)."),
            Prop("resultVariable", PropertyKind.Text, false, "Biến nhận kết quả { objections, opinions, postedAt, closedAt, late }.", "The variable that receives { objections, opinions, postedAt, closedAt, late }."),
        ],
        [NoObjection, HasObjections])
    {
        CanWait = true,
    };

    public object? Compile(NodeCompileContext context)
    {
        IReadOnlyList<string>? channels = DisclosureSupport.DefaultChannels;
        if (context.Property("channels") is { } c)
        {
            string? problem = null;
            channels = ExpressionText.IsExpression(c) ? null : DisclosureSupport.Channels(JsonNode.Parse(c.GetRawText()), out problem);
            if (problem is not null)
            {
                context.Error("property " + problem);
            }
        }

        var result = context.Variable("resultVariable");

        return new DisclosureConfig(
            context.Duration("period") ?? new DurationValue(Duration.ConsecutiveDays(20), null),
            context.Duration("startWithin") ?? new DurationValue(Duration.WorkingDays(5), null),
            channels,
            context.String("audience") ?? "agency",
            context.String("category"),
            context.Property("unionReview") is not { ValueKind: JsonValueKind.False },
            result);
    }

    public ActivityResult Execute(ActivityContext context)
    {
        var config = context.Config<DisclosureConfig>();
        string? problem = null;
        var channels = config.Channels ?? DisclosureSupport.Channels(context.EvaluateProperty("channels"), out problem);
        if (channels is null)
        {
            return ActivityResult.Fault($"Disclosure '{context.NodeId}': {problem}");
        }

        var decision = DisclosureSupport.Instant(context, "decisionDate") ?? context.Now;
        var postedAt = DisclosureSupport.Instant(context, "postedAt") ?? context.Now;
        var window = context.Calendar.Add(decision, DisclosureSupport.Resolve(context, config.StartWithin));
        var period = context.Calendar.Add(postedAt, DisclosureSupport.Resolve(context, config.Period));
        var late = window.Due < postedAt;
        var proof = new JsonObject
        {
            ["by"] = context.Actor,
            ["postedAt"] = DisclosureSupport.Iso(context, postedAt),
            ["channels"] = DisclosureSupport.Strings(channels),
            ["audience"] = config.Audience,
            ["category"] = config.Category,
            ["document"] = context.EvaluateProperty("document"),
            ["period"] = DisclosureSupport.Describe(period),
            ["decisionDate"] = DisclosureSupport.Iso(context, decision),
            ["startWindow"] = DisclosureSupport.Describe(window),
            ["late"] = late,
        };
        var state = context.State;
        state["phase"] = Open;
        state["posting"] = proof.DeepClone();
        state["objections"] = new JsonArray();
        state["opinions"] = new JsonArray();
        context.Journal(JournalEvents.DisclosurePosted, data: proof);
        if (late)
        {
            context.Journal(JournalEvents.DisclosureLate, data: new JsonObject
            {
                ["basis"] = "10/2022/QH15:47.2",
                ["decisionDate"] = DisclosureSupport.Iso(context, decision),
                ["startWindow"] = DisclosureSupport.Describe(window),
                ["postedAt"] = DisclosureSupport.Iso(context, postedAt),
            });
        }

        var payload = new JsonObject { ["actions"] = DisclosureSupport.Strings([ObjectAction, OpineAction]), ["category"] = config.Category };
        return ActivityResult.Wait(new NewBookmark(
            BookmarkKind.Task, context.NodeId, DisclosureSupport.ForAudience(config.Audience), period.Due, period.Due, payload, JournalEvents.OpinionBoxOpened));
    }

    public ActivityResult Resume(ActivityContext context, ResumeContext resume)
    {
        var config = context.Config<DisclosureConfig>();
        var state = context.State;
        if (state["phase"]?.ToString() == Review)
        {
            return ResumeReview(resume);
        }

        if (resume.IsWake)
        {
            return Close(context, config, state, resume.Bookmark.DueAt ?? resume.Input.WakeAt!.Value);
        }

        var action = resume.Input.Action;
        if (action is not (ObjectAction or OpineAction))
        {
            return ActivityResult.Reject(Text.Format(ActivityMessages.DisclosureActions, context.NodeId, ObjectAction, OpineAction, action ?? resume.Input.Outcome));
        }

        if (resume.Bookmark.DueAt is { } end && context.Now >= end)
        {
            return ActivityResult.Reject(Text.Format(ActivityMessages.DisclosureClosedAt, context.NodeId, DisclosureSupport.Iso(context, end)));
        }

        if (DisclosureSupport.ReadSubmission(resume.Input, out var problem) is not { } submission)
        {
            return ActivityResult.Reject(problem!);
        }

        var entry = new JsonObject { ["text"] = submission.Text, ["anonymous"] = submission.Anonymous, ["at"] = DisclosureSupport.Iso(context, context.Now) };
        var journalled = new JsonObject { ["text"] = submission.Text, ["anonymous"] = submission.Anonymous };
        var @event = action == ObjectAction ? JournalEvents.ObjectionReceived : JournalEvents.OpinionReceived;
        if (submission.Anonymous)
        {
            context.JournalAnonymously(@event, data: journalled);
        }
        else
        {
            entry["by"] = context.Actor;
            context.Journal(@event, data: journalled);
        }

        state[action == ObjectAction ? "objections" : "opinions"]!.AsArray().Add(entry);
        return ActivityResult.KeepWaiting();
    }

    /// <summary>The period has ended: complete, or hand the objections to the union chair first.</summary>
    private static ActivityResult Close(ActivityContext context, DisclosureConfig config, JsonObject state, DateTimeOffset closedAt)
    {
        var objections = state["objections"]!.AsArray().Count;
        var result = new JsonObject
        {
            ["objections"] = objections,
            ["opinions"] = state["opinions"]!.AsArray().Count,
            ["postedAt"] = state["posting"]!["postedAt"]!.DeepClone(),
            ["closedAt"] = DisclosureSupport.Iso(context, closedAt),
            ["late"] = state["posting"]!["late"]!.DeepClone(),
        };
        if (config.ResultVariable is { } variable)
        {
            context.SetVariable(variable, result.DeepClone());
        }

        context.Journal(JournalEvents.DisclosureClosed, data: result);
        if (objections == 0)
        {
            return ActivityResult.Outcome(NoObjection);
        }

        if (!config.UnionReview)
        {
            return ActivityResult.Outcome(HasObjections);
        }

        state["phase"] = Review;
        var payload = new JsonObject
        {
            ["outcomes"] = DisclosureSupport.Strings([Reviewed]),
            ["objections"] = new JsonArray([.. state["objections"]!.AsArray().Select(o => o!["text"]!.DeepClone())]),
        };
        return ActivityResult.Wait(new NewBookmark(BookmarkKind.Task, context.NodeId, Assignee.ForRole("union-chair"), null, null, payload, JournalEvents.UnionReviewCreated));
    }

    private static ActivityResult ResumeReview(ResumeContext resume)
    {
        if (resume.IsWake)
        {
            return ActivityResult.KeepWaiting(BookmarkChange.Wake(null));
        }

        if (resume.Input.Action is { } action)
        {
            return ActivityResult.Reject(Text.Format(ActivityMessages.DisclosureUnderReview, action));
        }

        return resume.Input.Outcome == Reviewed
            ? new ActivityResult.Completed([HasObjections], JournalEvents.UnionReviewCompleted, resume.Input.Comment)
            : ActivityResult.Reject(Text.Format(ActivityMessages.UnionReviewOutcome, Reviewed, resume.Input.Outcome));
    }

    private static PropertyDescriptor Prop(string name, PropertyKind kind, bool required, string vi, string en) =>
        new(name, kind, required, new LocalizedText(vi, en));
}
