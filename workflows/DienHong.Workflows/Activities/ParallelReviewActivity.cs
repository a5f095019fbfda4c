using System.Text.Json;
using System.Text.Json.Nodes;
using DienHong.Calendar;
using DienHong.Engine.Activities;
using DienHong.Engine.Definitions;
using DienHong.Engine.Journal;
using DienHong.Engine.Resources;
using DienHong.Engine.Runtime;
using DienHong.Workflows.Resources;

namespace DienHong.Workflows.Activities;

/// <summary>Parallel review (xem xét song song): a multi-instance task (WCP-14/15). One task goes to each reviewer,
/// known at design time (<c>"reviewers": [{ "user": "a" }, { "role": "x" }]</c>) or at run time (an expression giving
/// user ids). Each answer is recorded in the node instance's state; when the completion policy (all, any, majority,
/// atLeast k, percentage p, vetoOnReject) is decided the node completes with <c>Approved</c> or <c>Rejected</c> and
/// the engine cancels the tasks still open. The counts can be kept in a variable.</summary>
public sealed class ParallelReviewActivity : IActivity
{
    public const string Approved = "Approved";
    public const string Rejected = "Rejected";

    public ActivityDescriptor Descriptor { get; } = new(
        "ParallelReview",
        new LocalizedText("Xem xét song song", "Parallel review"),
        new LocalizedText(
            "Giao cùng một việc cho nhiều người xem xét song song, kết thúc theo điều kiện (tất cả, bất kỳ, đa số, ít nhất k, tỷ lệ, phủ quyết).",
            "Gives the same review to several people in parallel and completes by a policy (all, any, majority, at least k, percentage, veto)."),
        "people",
        [
            new("reviewers", PropertyKind.Json, true, new("Người xem xét: danh sách { role } / { user }, hoặc biểu thức cho danh sách mã người dùng.", "Reviewers: a list of { role } / { user }, or an expression giving a list of user ids.")) { Shape = DefinitionShapes.Assignee },
            new("outcomes", PropertyKind.StringList, false, new("Các ý kiến có thể chọn (mặc định Approve, Reject).", "The answers a reviewer can choose (default Approve, Reject).")),
            new("completion", PropertyKind.Json, false, new("Điều kiện kết thúc: all, any, majority, vetoOnReject, { atLeast: k }, { percentage: p }.", "Completion policy: all, any, majority, vetoOnReject, { atLeast: k }, { percentage: p }.")) { Shape = ParallelReviewCompletion.Keys },
            new("approveOutcome", PropertyKind.Text, false, new("Ý kiến được tính là đồng ý (mặc định Approve).", "The answer counted as approval (default Approve).")),
            new("rejectOutcome", PropertyKind.Text, false, new("Ý kiến được tính là không đồng ý (mặc định Reject).", "The answer counted as rejection (default Reject).")),
            new("countsVariable", PropertyKind.Text, false, new("Biến nhận kết quả đếm { approve, reject, total, pending }.", "The variable that receives the counts { approve, reject, total, pending }.")),
            new("due", PropertyKind.Duration, false, new("Thời hạn của mỗi người xem xét.", "Each reviewer's time limit.")),
        ],
        [Approved, Rejected])
    {
        CanWait = true,
    };

    public object? Compile(NodeCompileContext context)
    {
        var reviewers = new List<Assignee>();
        string? expression = null;
        switch (context.Property("reviewers"))
        {
            case { ValueKind: JsonValueKind.String } s when s.GetString()!.StartsWith('=') && !s.GetString()!.StartsWith("==", StringComparison.Ordinal):
                expression = s.GetString();
                break;
            case { ValueKind: JsonValueKind.Array } list:
                foreach (var item in list.EnumerateArray())
                {
                    if (Assignee.Read(item) is { } a && new[] { a.Role, a.User, a.Expression }.Count(x => x is not null) == 1)
                    {
                        reviewers.Add(a);
                    }
                    else
                    {
                        context.Error("property 'reviewers': each reviewer is { \"role\": \"...\" }, { \"user\": \"...\" } or { \"expression\": \"=...\" }");
                    }
                }

                if (reviewers.Count == 0 && !context.HasErrors)
                {
                    context.Error("property 'reviewers': a parallel review needs at least one reviewer");
                }

                break;
            case not null:
                context.Error("property 'reviewers': must be a list of assignees or an expression giving a list of user ids");
                break;
        }

        var outcomes = context.Property("outcomes") is { ValueKind: JsonValueKind.Array } o
            ? o.EnumerateArray().Where(x => x.ValueKind == JsonValueKind.String).Select(x => x.GetString()!).Distinct(StringComparer.Ordinal).ToList()
            : ["Approve", "Reject"];
        var approve = context.String("approveOutcome") ?? "Approve";
        var reject = context.String("rejectOutcome") ?? "Reject";
        foreach (var (name, value) in new[] { ("approveOutcome", approve), ("rejectOutcome", reject) })
        {
            if (!outcomes.Contains(value))
            {
                context.Error($"property '{name}': '{value}' is not one of the outcomes ({string.Join(", ", outcomes)})");
            }
        }

        if (approve == reject)
        {
            context.Error("property 'rejectOutcome': approval and rejection must be different outcomes");
        }

        var completion = ParallelReviewCompletion.Read(context.Property("completion"));
        if (completion is null)
        {
            context.Error(ParallelReviewCompletion.Shape);
        }
        else if (expression is null && reviewers.Count > 0 && !completion.Reachable(reviewers.Count))
        {
            context.Error($"property 'completion': atLeast {completion.Value} needs more than the {reviewers.Count} reviewers");
        }

        var counts = context.Variable("countsVariable");

        return new ParallelReviewConfig(reviewers, expression, outcomes, completion ?? ParallelReviewCompletion.All, approve, reject, counts, context.Duration("due"));
    }

    public ActivityResult Execute(ActivityContext context)
    {
        var config = context.Config<ParallelReviewConfig>();
        var reviewers = ResolveReviewers(context, config);
        if (reviewers.Count == 0)
        {
            return ActivityResult.Fault($"Parallel review '{context.NodeId}' has no reviewers.");
        }

        if (!config.Completion.Reachable(reviewers.Count))
        {
            return ActivityResult.Fault($"Parallel review '{context.NodeId}' needs at least {config.Completion.Value} approvals but has {reviewers.Count} reviewers.");
        }

        var due = config.Due is { } d ? context.Deadline(d).Due : (DateTimeOffset?)null;
        var state = context.State;
        state["total"] = reviewers.Count;
        state["approve"] = 0;
        state["reject"] = 0;
        state["answers"] = new JsonObject();
        Publish(context, config, state);
        var outcomes = new JsonArray(config.Outcomes.Select(o => (JsonNode?)o).ToArray());
        return ActivityResult.Wait([.. reviewers.Select(r => new NewBookmark(
            BookmarkKind.Task, context.NodeId, r, due, null, new JsonObject { ["outcomes"] = outcomes.DeepClone(), ["reviewer"] = r }, JournalEvents.TaskCreated))]);
    }

    public ActivityResult Resume(ActivityContext context, ResumeContext resume)
    {
        if (resume.IsWake)
        {
            return ActivityResult.KeepWaiting(BookmarkChange.Wake(null));
        }

        var config = context.Config<ParallelReviewConfig>();
        var outcome = resume.Input.Outcome;
        if (outcome is null || !config.Outcomes.Contains(outcome))
        {
            return ActivityResult.Reject(Text.Format(ActivityMessages.ReviewOutcome, context.NodeId, string.Join(", ", config.Outcomes), outcome));
        }

        // Only the reviewer (or whoever acts for them that day) may answer for them.
        if (TaskActions.Unauthorised(context, resume.Bookmark.Assignee, resume.Input.By) is { } refusal)
        {
            return ActivityResult.Reject(refusal);
        }

        var state = context.State;
        var answers = state["answers"]!.AsObject();
        answers[resume.Bookmark.Id] = new JsonObject { ["reviewer"] = resume.Bookmark.Assignee, ["outcome"] = outcome };
        if (outcome == config.ApproveOutcome)
        {
            state["approve"] = state["approve"]!.GetValue<int>() + 1;
        }
        else if (outcome == config.RejectOutcome)
        {
            state["reject"] = state["reject"]!.GetValue<int>() + 1;
        }

        context.Journal(JournalEvents.TaskCompleted, outcome, resume.Input.Comment, new JsonObject { ["reviewer"] = resume.Bookmark.Assignee });
        var counts = Publish(context, config, state);
        var decided = config.Completion.Decide(counts.Approve, counts.Reject, counts.Pending, counts.Total);
        if (decided is not { } approved)
        {
            return new ActivityResult.Waiting([], false, null);
        }

        // The journal keeps the counts as data; readers render them in their own language.
        var data = new JsonObject { ["approve"] = counts.Approve, ["reject"] = counts.Reject, ["total"] = counts.Total };
        return new ActivityResult.Completed([approved ? Approved : Rejected], JournalEvents.ReviewCompleted, null, data.ToJsonString());
    }

    private static (int Approve, int Reject, int Pending, int Total) Publish(ActivityContext context, ParallelReviewConfig config, JsonObject state)
    {
        var approve = state["approve"]!.GetValue<int>();
        var reject = state["reject"]!.GetValue<int>();
        var total = state["total"]!.GetValue<int>();
        var answered = state["answers"]!.AsObject().Count;
        if (config.CountsVariable is { } variable)
        {
            context.SetVariable(variable, new JsonObject { ["approve"] = approve, ["reject"] = reject, ["total"] = total, ["pending"] = total - answered });
        }

        return (approve, reject, total - answered, total);
    }

    private static List<string> ResolveReviewers(ActivityContext context, ParallelReviewConfig config)
    {
        IEnumerable<string?> found = config.ReviewersExpression is { } expression
            ? context.EvaluateExpression(expression) switch
            {
                JsonArray list => list.Select(Reviewer),
                JsonValue single => [Reviewer(single)],
                null => [],
                var other => throw new InvalidOperationException($"The reviewers expression gave {other.ToJsonString()}, not a list of user ids."),
            }
            : config.Reviewers.Select(a => Resolve(context, a));
        return found.Where(r => !string.IsNullOrEmpty(r)).Select(r => r!).Distinct(StringComparer.Ordinal).ToList();
    }

    private static string? Reviewer(JsonNode? item) => item switch
    {
        JsonObject o when o["role"]?.ToString() is { Length: > 0 } role => Assignee.ForRole(role),
        JsonObject o when o["user"]?.ToString() is { Length: > 0 } user => Assignee.ForUser(user),
        JsonValue v when v.ToString() is { Length: > 0 } user => Assignee.ForUser(user),
        null => null,
        _ => throw new InvalidOperationException($"The reviewers expression gave {item.ToJsonString()}, which is not a user id."),
    };

    private static string? Resolve(ActivityContext context, Assignee assignee) =>
        assignee.Role is { } role ? Assignee.ForRole(role)
        : assignee.User is { } user ? Assignee.ForUser(user)
        : Reviewer(context.EvaluateExpression(assignee.Expression!));
}
