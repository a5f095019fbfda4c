using System.Text.Json.Nodes;
using DienHong.Engine.Activities;
using DienHong.Engine.Journal;
using DienHong.Engine.Runtime;
using DienHong.Engine.Storage;

namespace DienHong.Workflows.Activities;

/// <summary>The end of the period (hết thời gian công khai): the take-down by the poster, and the node's outcome.</summary>
public sealed partial class DisclosureActivity
{
    /// <summary>The period has ended: no more objections; the poster is asked to take it down.</summary>
    private static ActivityResult PeriodEnded(ActivityContext context, DisclosureConfig config, DisclosureState state, DateTimeOffset end)
    {
        state.Phase = DisclosurePhases.Table.Move(context, state.Phase, DisclosurePhase.TakeDown);
        state.Posting!["closedAt"] = DisclosureSupport.Iso(context, end);
        // The period ends at 24:00 of its last day: the take-down's days count from the day after, as a deadline's do.
        var due = context.Calendar.Add(end.AddTicks(-1), context.Resolve(config.TakeDownWithin)).Due;
        var payload = TakeDownOffer.Payload(new JsonObject { [TaskKey] = "take-down", ["document"] = state.Posting["document"]?.DeepClone() });
        return ActivityResult.Wait(new NewBookmark(
            BookmarkKind.Task, context.NodeId, config.Poster.Resolve(context), due, TaskTimers.First(context, config.ReminderList, config.Escalation, due), payload, JournalEvents.TaskCreated));
    }

    /// <summary>The poster confirmed the take-down; the node completes unless objections still wait for their answer.</summary>
    private static ActivityResult TakeDown(ActivityContext context, DisclosureConfig config, DisclosureState state, ResumeContext resume)
    {
        state.TakenDownAt = DisclosureSupport.Iso(context, context.Now);
        context.Journal(JournalEvents.DisclosureTakenDown, comment: resume.Input.Comment, data: new JsonObject
        {
            ["by"] = context.Actor,
            ["at"] = state.TakenDownAt,
            ["periodEnd"] = state.Posting!["closedAt"]?.DeepClone(),
            ["late"] = state.Posting["late"]?.DeepClone(),
            ["attachments"] = resume.Input.Data?["attachments"]?.DeepClone(),
        });
        return OpenReplies(context, resume) == 0 ? Close(context, config, state) : ActivityResult.Wait();
    }

    /// <summary>
    /// Completes: <c>NoObjection</c>, <c>ObjectionUpheld</c> when any objection was upheld, else
    /// <c>ObjectionsDismissed</c>; <c>HasObjections</c> when objections are only recorded, or when a definition
    /// published before replies routes only that.
    /// </summary>
    private static ActivityResult Close(ActivityContext context, DisclosureConfig config, DisclosureState state)
    {
        var upheld = state.Replies.Count(r => r.Outcome == Upheld);
        var posting = state.Posting!;
        var result = new JsonObject
        {
            ["objections"] = state.Objections.Count,
            ["opinions"] = state.Opinions.Count,
            ["upheld"] = upheld,
            ["dismissed"] = state.Replies.Count - upheld,
            ["postedAt"] = posting["postedAt"]?.DeepClone(),
            ["closedAt"] = posting["closedAt"]?.DeepClone(),
            ["takenDownAt"] = state.TakenDownAt,
            ["late"] = posting["late"]?.DeepClone(),
            ["workingDaysLate"] = posting["workingDaysLate"]?.DeepClone(),
        };
        if (config.ResultVariable is { } variable)
        {
            context.SetVariable(variable, result.DeepClone());
        }

        context.Journal(JournalEvents.DisclosureClosed, data: result);
        state.Phase = DisclosurePhases.Table.Move(context, state.Phase, DisclosurePhase.Closed);
        var outcome = state.Objections.Count == 0 ? NoObjection
            : !config.UnionReview ? HasObjections
            : upheld > 0 ? ObjectionUpheld
            : ObjectionsDismissed;
        return ActivityResult.Outcome(outcome != NoObjection && !context.Node.Routes(outcome) && context.Node.Routes(HasObjections) ? HasObjections : outcome);
    }

    /// <summary>The union chair's review of an instance that was in review before replies existed; the engine has checked its outcome.</summary>
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
