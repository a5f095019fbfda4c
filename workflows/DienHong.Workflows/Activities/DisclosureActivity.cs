using System.Text.Json.Nodes;
using DienHong.Calendar;
using DienHong.Engine.Activities;
using DienHong.Engine.Journal;
using DienHong.Engine.Runtime;
using DienHong.Engine.Storage;

namespace DienHong.Workflows.Activities;

/// <summary>
/// Disclosure (công khai), Law 10/2022/QH15 Chapter III: the head discloses an item of the Art. 46 catalog to the
/// staff on the forms of Art. 47.1 (notice board, intranet, meeting, written notice), no later than 05 working days
/// from the decision (Art. 47.2), for at least 20 consecutive days (Art. 48.1-2).
/// <para>
/// Running the node records the proof of posting (who, when, where, how long) in its state and the journal
/// (<c>DisclosurePosted</c>); a posting later than the start window is journalled as a breach (<c>DisclosureLate</c>)
/// but not blocked. While the posting is open (<see cref="DisclosurePhase.Open"/>), staff send objections (action
/// <c>object</c>) and opinions (<c>opine</c>), named or anonymous; they are recorded and the posting stays open (a
/// non-interrupting event). When the period ends the node completes with <c>NoObjection</c>, or, with objections,
/// <c>HasObjections</c> after a review by the union chair (<see cref="DisclosurePhase.Review"/>; <c>unionReview</c>,
/// default true). An anonymous submission keeps no trace of its sender: neither the node state nor the journal
/// holds the actor.
/// </para>
/// </summary>
public sealed class DisclosureActivity() : Activity<DisclosureConfig, DisclosureState>(
    Describe(
        "Disclosure",
        new LocalizedText("Công khai", "Disclosure"),
        new LocalizedText(
            "Công khai nội dung cho cán bộ, công chức, viên chức, người lao động theo Luật 10/2022/QH15 Điều 46-48: niêm yết ít nhất 20 ngày liên tục, chậm nhất 05 ngày làm việc kể từ ngày quyết định; nhận ý kiến, phản ánh trong thời gian công khai.",
            "Discloses an item to the staff under Law 10/2022/QH15 Art. 46-48: posted for at least 20 consecutive days, no later than 05 working days after the decision; receives opinions and objections while it is posted."),
        "governance",
        NoObjection,
        HasObjections) with
    {
        CanWait = true,
        Actions =
        [
            new(ObjectAction, new LocalizedText("Phản ánh", "Object")) { NeedsActor = false, Data = DisclosureSupport.SubmissionData },
            new(OpineAction, new LocalizedText("Góp ý", "Give an opinion")) { NeedsActor = false, Data = DisclosureSupport.SubmissionData },
        ],
    })
{
    public const string NoObjection = "NoObjection";
    public const string HasObjections = "HasObjections";
    public const string Reviewed = "Reviewed";
    public const string ObjectAction = "object";
    public const string OpineAction = "opine";

    private static readonly TaskOffer Posted = new([], [ObjectAction, OpineAction]);
    private static readonly TaskOffer UnionReview = new([Reviewed], []);

    protected override ActivityResult Execute(ActivityContext context, DisclosureConfig config, DisclosureState state)
    {
        string? problem = null;
        var channels = config.Channels is { } c ? c.Resolve(context, "channels", out problem) : DisclosureChannels.Default;
        if (channels is null)
        {
            return ActivityResult.Fault(problem!);
        }

        var decision = context.Instant(config.DecisionDate, "decisionDate") ?? context.Now;
        var postedAt = context.Instant(config.PostedAt, "postedAt") ?? context.Now;
        var window = context.Calendar.Add(decision, context.Resolve(config.StartWithin));
        var period = context.Calendar.Add(postedAt, context.Resolve(config.Period));
        var late = window.Due < postedAt;
        var proof = new JsonObject
        {
            ["by"] = context.Actor,
            ["postedAt"] = DisclosureSupport.Iso(context, postedAt),
            ["channels"] = DisclosureSupport.Strings(channels),
            ["audience"] = config.Audience,
            ["category"] = config.Category,
            ["document"] = config.Document is { } document ? context.Evaluate(document) : null,
            ["period"] = DisclosureSupport.Describe(period),
            ["decisionDate"] = DisclosureSupport.Iso(context, decision),
            ["startWindow"] = DisclosureSupport.Describe(window),
            ["late"] = late,
        };
        state.Phase = DisclosurePhase.Open;
        state.Posting = (JsonObject)proof.DeepClone();
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

        return ActivityResult.Wait(new NewBookmark(
            BookmarkKind.Task, context.NodeId, DisclosureSupport.ForAudience(config.Audience), period.Due, period.Due,
            Posted.Payload(new JsonObject { ["category"] = config.Category }), JournalEvents.OpinionBoxOpened));
    }

    protected override ActivityResult Resume(ActivityContext context, DisclosureConfig config, DisclosureState state, ResumeContext resume) =>
        state.Phase switch
        {
            DisclosurePhase.Open when resume.IsWake => Close(context, config, state, resume.Bookmark.DueAt ?? resume.Input.WakeAt!.Value),
            DisclosurePhase.Open => Receive(context, state, resume),
            _ => ResumeReview(context, state, resume),
        };

    /// <summary>An objection or opinion while the posting is open: recorded, and the posting stays open.</summary>
    private static ActivityResult Receive(ActivityContext context, DisclosureState state, ResumeContext resume)
    {
        if (resume.Bookmark.DueAt is { } end && context.Now >= end)
        {
            return ActivityResult.Reject(ActivityRefusals.DisclosureClosed, context.NodeId, DisclosureSupport.Iso(context, end));
        }

        if (DisclosureSupport.ReadSubmission(context, resume.Input, out var refusal) is not { } submission)
        {
            return ActivityResult.Reject(refusal!);
        }

        var action = resume.Input.Action;
        var journalled = new JsonObject { ["text"] = submission.Text, ["anonymous"] = submission.Anonymous };
        var @event = action == ObjectAction ? JournalEvents.ObjectionReceived : JournalEvents.OpinionReceived;
        if (submission.Anonymous)
        {
            context.JournalAnonymously(@event, data: journalled);
        }
        else
        {
            context.Journal(@event, data: journalled);
        }

        var entry = submission with { At = DisclosureSupport.Iso(context, context.Now), By = submission.Anonymous ? null : context.Actor };
        (action == ObjectAction ? state.Objections : state.Opinions).Add(entry);
        return ActivityResult.KeepWaiting();
    }

    /// <summary>The period has ended: complete, or hand the objections to the union chair first.</summary>
    private static ActivityResult Close(ActivityContext context, DisclosureConfig config, DisclosureState state, DateTimeOffset closedAt)
    {
        var objections = state.Objections.Count;
        var result = new JsonObject
        {
            ["objections"] = objections,
            ["opinions"] = state.Opinions.Count,
            ["postedAt"] = state.Posting!["postedAt"]!.DeepClone(),
            ["closedAt"] = DisclosureSupport.Iso(context, closedAt),
            ["late"] = state.Posting!["late"]!.DeepClone(),
        };
        if (config.ResultVariable is { } variable)
        {
            context.SetVariable(variable, result.DeepClone());
        }

        context.Journal(JournalEvents.DisclosureClosed, data: result);
        if (objections == 0 || !config.UnionReview)
        {
            state.Phase = DisclosurePhases.Table.Move(context, state.Phase, DisclosurePhase.Closed);
            return ActivityResult.Outcome(objections == 0 ? NoObjection : HasObjections);
        }

        state.Phase = DisclosurePhases.Table.Move(context, state.Phase, DisclosurePhase.Review);
        var payload = UnionReview.Payload(new JsonObject { ["objections"] = DisclosureSupport.Strings(state.Objections.Select(o => o.Text)) });
        return ActivityResult.Wait(new NewBookmark(BookmarkKind.Task, context.NodeId, Assignee.ForRole("union-chair"), null, null, payload, JournalEvents.UnionReviewCreated));
    }

    /// <summary>The union chair's review; the engine has checked its outcome (<c>Reviewed</c>).</summary>
    private static ActivityResult ResumeReview(ActivityContext context, DisclosureState state, ResumeContext resume)
    {
        if (resume.IsWake)
        {
            return ActivityResult.KeepWaiting(BookmarkChange.Wake(null));
        }

        state.Phase = DisclosurePhases.Table.Move(context, state.Phase, DisclosurePhase.Closed);
        return new ActivityResult.Completed([HasObjections], JournalEvents.UnionReviewCompleted, resume.Input.Comment);
    }
}
