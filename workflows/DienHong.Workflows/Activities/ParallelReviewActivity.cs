using System.Text.Json.Nodes;
using DienHong.Calendar;
using DienHong.Engine.Activities;
using DienHong.Engine.Journal;
using DienHong.Engine.Resources;
using DienHong.Engine.Runtime;
using DienHong.Engine.Storage;
using DienHong.Workflows.Resources;

namespace DienHong.Workflows.Activities;

/// <summary>Parallel review (xem xét song song): a multi-instance task (WCP-14/15). One task goes to each reviewer,
/// known at design time (<c>"reviewers": [{ "user": "a" }, { "role": "x" }]</c>) or at run time (an expression giving
/// user ids). Each answer is recorded in the node instance's state; when the completion policy (all, any, majority,
/// atLeast k, percentage p, vetoOnReject) is decided the node completes with <c>Approved</c> or <c>Rejected</c> and
/// the engine cancels the tasks still open. The counts can be kept in a variable. Each reviewer's task has the
/// deadline, reminders and escalation (reassign only) of a HumanTask.</summary>
public sealed class ParallelReviewActivity() : Activity<ParallelReviewConfig, ParallelReviewState>(
    Describe(
        "ParallelReview",
        new LocalizedText("Xem xét song song", "Parallel review"),
        new LocalizedText(
            "Giao cùng một việc cho nhiều người xem xét song song, kết thúc theo điều kiện (tất cả, bất kỳ, đa số, ít nhất k, tỷ lệ, phủ quyết).",
            "Gives the same review to several people in parallel and completes by a policy (all, any, majority, at least k, percentage, veto)."),
        "people",
        Approved,
        Rejected) with
    {
        CanWait = true,
    })
{
    public const string Approved = "Approved";
    public const string Rejected = "Rejected";

    protected override ParallelReviewConfig Prepare(ParallelReviewConfig config, NodeCompileContext context)
    {
        foreach (var (name, value) in new[] { ("approveOutcome", config.ApproveOutcome), ("rejectOutcome", config.RejectOutcome) })
        {
            if (!config.Choices.Contains(value))
            {
                context.Error(Text.Format(ActivityMessages.ReviewOutcomeUnknown, name, value, string.Join(", ", config.Choices)));
            }
        }

        if (config.ApproveOutcome == config.RejectOutcome)
        {
            context.Error(ActivityMessages.ReviewOutcomesSame);
        }

        if (config is { Completion: { } completion, Reviewers: { Expression: null, Fixed.Count: > 0 and var count } } && !completion.Reachable(count))
        {
            context.Error(Text.Format(ActivityMessages.ReviewUnreachable, completion.Value, count));
        }

        if (config.Due is null && config.ReminderList.Count > 0)
        {
            context.Error(ActivityMessages.RemindersNeedDue);
        }

        // An overdue reviewer cannot be answered for with Overdue: the completion policy counts answers.
        if (config.Escalation is { Action: not Escalation.ReassignAction })
        {
            context.Error(ActivityMessages.ReviewEscalationReassigns);
        }

        return config;
    }

    protected override ActivityResult Execute(ActivityContext context, ParallelReviewConfig config, ParallelReviewState state)
    {
        var reviewers = ResolveReviewers(context, config.Reviewers!);
        if (reviewers.Count == 0)
        {
            return ActivityResult.Fault(Text.Format(ActivityMessages.ReviewNobody, context.NodeId));
        }

        var completion = config.Completion ?? ParallelReviewCompletion.All;
        if (!completion.Reachable(reviewers.Count))
        {
            return ActivityResult.Fault(Text.Format(ActivityMessages.ReviewTooFew, context.NodeId, completion.Value, reviewers.Count));
        }

        var due = config.Due is { } d ? context.Deadline(d).Due : (DateTimeOffset?)null;
        state.Total = reviewers.Count;
        Publish(context, config, state);
        var offer = new TaskOffer(config.Choices, []);
        return ActivityResult.Wait([.. reviewers.Select(r => new NewBookmark(
            BookmarkKind.Task, context.NodeId, r, due, TaskTimers.First(context, config.ReminderList, config.Escalation, due), offer.Payload(new JsonObject { ["reviewer"] = r }), JournalEvents.TaskCreated))]);
    }

    protected override ActivityResult Resume(ActivityContext context, ParallelReviewConfig config, ParallelReviewState state, ResumeContext resume)
    {
        if (resume.IsWake)
        {
            // Prepare refuses an escalation that completes, so a reviewer's task can only be reassigned.
            return TaskTimers.Wake(context, config.ReminderList, config.Escalation, resume, () => throw new System.Diagnostics.UnreachableException());
        }

        // Only the reviewer (or whoever acts for them that day) may answer for them; the engine has checked the outcome.
        if (TaskActions.Unauthorised(context, resume.Bookmark.Assignee, resume.Input.By) is { } refusal)
        {
            return ActivityResult.Reject(refusal);
        }

        var outcome = resume.Input.Outcome!;
        state.Answers[resume.Bookmark.Id] = new ReviewAnswer(resume.Bookmark.Assignee, outcome);
        if (outcome == config.ApproveOutcome)
        {
            state.Approve++;
        }
        else if (outcome == config.RejectOutcome)
        {
            state.Reject++;
        }

        context.Journal(JournalEvents.TaskCompleted, outcome, resume.Input.Comment, new JsonObject { ["reviewer"] = resume.Bookmark.Assignee });
        var pending = Publish(context, config, state);
        var decided = (config.Completion ?? ParallelReviewCompletion.All).Decide(state.Approve, state.Reject, pending, state.Total);
        if (decided is not { } approved)
        {
            return new ActivityResult.Waiting([], false, null);
        }

        // The journal keeps the counts as data; readers render them in their own language.
        var data = new JsonObject { ["approve"] = state.Approve, ["reject"] = state.Reject, ["total"] = state.Total };
        return new ActivityResult.Completed([approved ? Approved : Rejected], JournalEvents.ReviewCompleted, null, data.ToJsonString());
    }

    /// <summary>Keeps the counts in the counts variable, if any; returns how many answers are pending.</summary>
    private static int Publish(ActivityContext context, ParallelReviewConfig config, ParallelReviewState state)
    {
        var pending = state.Total - state.Answers.Count;
        if (config.CountsVariable is { } variable)
        {
            context.SetVariable(variable, new JsonObject { ["approve"] = state.Approve, ["reject"] = state.Reject, ["total"] = state.Total, ["pending"] = pending });
        }

        return pending;
    }

    private static List<string> ResolveReviewers(ActivityContext context, ReviewerList reviewers)
    {
        IEnumerable<string?> found = reviewers.Expression is { } expression
            ? context.EvaluateExpression(expression) switch
            {
                JsonArray list => list.Select(item => Reviewer(context, item)),
                JsonValue single => [Reviewer(context, single)],
                null => [],
                var other => throw new InvalidOperationException(Text.Format(ActivityMessages.ReviewersGave, context.NodeId, other.ToJsonString())),
            }
            : reviewers.Fixed.Select(a => a.Expression is { } e ? Reviewer(context, context.EvaluateExpression(e)) : a.Resolve(context));
        return found.Where(r => !string.IsNullOrEmpty(r)).Select(r => r!).Distinct(StringComparer.Ordinal).ToList();
    }

    private static string? Reviewer(ActivityContext context, JsonNode? item) => item switch
    {
        JsonObject o when o["role"]?.ToString() is { Length: > 0 } role => Assignee.ForRole(role),
        JsonObject o when o["user"]?.ToString() is { Length: > 0 } user => Assignee.ForUser(user),
        JsonValue v when v.ToString() is { Length: > 0 } user => Assignee.ForUser(user),
        null => null,
        _ => throw new InvalidOperationException(Text.Format(ActivityMessages.ReviewersGave, context.NodeId, item.ToJsonString())),
    };
}
