using System.Text.Json;
using System.Text.Json.Nodes;
using DienHong.Calendar;
using DienHong.Engine.Activities;
using DienHong.Engine.Runtime;

namespace DienHong.Workflows.Activities;

/// <summary>
/// HumanTask (nhiệm vụ): a person decides. The task goes to an assignee's inbox with its outcomes and due date;
/// completing it with one of the outcomes (and a comment) continues the flow. Overdue, an escalation reassigns it
/// or completes it with <c>Overdue</c>.
/// </summary>
public sealed class HumanTaskActivity : IActivity
{
    public const string Overdue = "Overdue";

    public ActivityDescriptor Descriptor { get; } = new(
        "HumanTask",
        new LocalizedText("Nhiệm vụ", "Human task"),
        new LocalizedText("Giao một việc cho người thực hiện, chờ kết quả.", "Assigns work to a person and waits for the outcome."),
        "people",
        [
            new("assignee", PropertyKind.Assignee, true, new("Người thực hiện: vai trò, người dùng hoặc biểu thức.", "Who does it: a role, a user or an expression.")),
            new("outcomes", PropertyKind.StringList, true, new("Các kết quả có thể chọn.", "The outcomes the person can choose.")),
            new("due", PropertyKind.Duration, false, new("Thời hạn.", "The time limit.")),
            new("reminders", PropertyKind.Json, false, new("Nhắc việc trước/sau hạn.", "Reminders before/after the due date.")),
            new("escalation", PropertyKind.Json, false, new("Xử lý khi quá hạn: chuyển người hoặc kết thúc với Overdue.", "When overdue: reassign, or complete with Overdue.")),
            new("form", PropertyKind.Json, false, new("Các trường cần điền.", "Fields to fill.")),
        ],
        [Overdue],
        DeclaresOutcomes: true);

    public object? Compile(NodeCompileContext context)
    {
        var assignee = Assignee.Read(context.Property("assignee")) ?? new Assignee(null, null, null);
        var outcomes = context.Property("outcomes") is { ValueKind: JsonValueKind.Array } list
            ? list.EnumerateArray().Where(o => o.ValueKind == JsonValueKind.String).Select(o => o.GetString()!).ToList()
            : [];
        if (context.Has("outcomes") && outcomes.Count == 0)
        {
            context.Error("property 'outcomes': a task needs at least one outcome");
        }

        return new HumanTaskConfig(assignee, outcomes, context.Duration("due"), ReadEscalation(context));
    }

    public ActivityResult Execute(ActivityContext context)
    {
        var config = context.Config<HumanTaskConfig>();
        var assignee = ResolveAssignee(context, config.Assignee);
        var due = config.Due is { } d ? context.Deadline(d).Due : (DateTimeOffset?)null;
        var payload = new JsonObject { ["outcomes"] = new JsonArray(config.Outcomes.Select(o => (JsonNode?)o).ToArray()) };
        return ActivityResult.Wait(new NewBookmark(BookmarkKind.Task, context.NodeId, assignee, due, EscalationTime(context, config, due), payload, "TaskCreated"));
    }

    public ActivityResult Resume(ActivityContext context, ResumeContext resume)
    {
        var config = context.Config<HumanTaskConfig>();
        if (resume.IsWake)
        {
            return Escalate(context, config, resume);
        }

        var outcome = resume.Input.Outcome;
        if (outcome is null || !config.Outcomes.Contains(outcome))
        {
            return ActivityResult.Reject($"Task '{context.NodeId}' takes one of the outcomes {string.Join(", ", config.Outcomes)}; '{outcome}' is not one of them.");
        }

        return new ActivityResult.Completed([outcome], "TaskCompleted", resume.Input.Comment);
    }

    private static ActivityResult Escalate(ActivityContext context, HumanTaskConfig config, ResumeContext resume)
    {
        if (config.Escalation is not { } escalation)
        {
            return ActivityResult.KeepWaiting(BookmarkChange.Wake(null));
        }

        if (escalation.Action == "complete")
        {
            return new ActivityResult.Completed([Overdue], "TaskEscalated", null);
        }

        var to = ResolveAssignee(context, escalation.To!);
        context.Journal("TaskEscalated", comment: $"{resume.Bookmark.Assignee} -> {to}", data: new JsonObject { ["from"] = resume.Bookmark.Assignee, ["to"] = to });
        return ActivityResult.KeepWaiting(new BookmarkChange { ChangeWake = true, WakeAt = null, Assignee = to });
    }

    private static DateTimeOffset? EscalationTime(ActivityContext context, HumanTaskConfig config, DateTimeOffset? due)
    {
        if (config.Escalation is not { } escalation)
        {
            return null;
        }

        var from = due ?? context.Now;
        return escalation.After.Literal is { } literal ? context.Calendar.Add(from, literal).Due : context.Deadline(escalation.After).Due;
    }

    private static string ResolveAssignee(ActivityContext context, Assignee assignee)
    {
        if (assignee.Role is { } role)
        {
            return Workflows.Activities.Assignee.ForRole(role);
        }

        if (assignee.User is { } user)
        {
            return Workflows.Activities.Assignee.ForUser(user);
        }

        var value = assignee.Expression is { } expression ? context.EvaluateExpression(expression)?.ToString() : null;
        return string.IsNullOrEmpty(value)
            ? throw new InvalidOperationException($"The assignee expression of task '{context.NodeId}' gave no user.")
            : Workflows.Activities.Assignee.ForUser(value);
    }

    private static Escalation? ReadEscalation(NodeCompileContext context)
    {
        if (context.Property("escalation") is not { ValueKind: JsonValueKind.Object } e)
        {
            return null;
        }

        var action = e.TryGetProperty("action", out var a) && a.ValueKind == JsonValueKind.String ? a.GetString()! : "reassign";
        var to = Assignee.Read(e.TryGetProperty("to", out var t) ? t : null);
        if (action is not ("reassign" or "complete"))
        {
            context.Error("property 'escalation.action': must be \"reassign\" or \"complete\"");
        }

        if (action == "reassign" && to is null)
        {
            context.Error("property 'escalation.to': a reassigning escalation needs { \"role\" } or { \"user\" }");
        }

        if (!e.TryGetProperty("after", out var after) || !DurationJson.TryRead(after, out var duration, out var problem))
        {
            context.Error("duration", "property 'escalation.after': " + DurationJson.Expected);
            return null;
        }

        return new Escalation(new DurationValue(duration, null), action, to);
    }
}
