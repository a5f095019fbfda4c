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

/// <summary>
/// HumanTask (nhiệm vụ): a person decides. The task goes to an assignee's inbox with its outcomes and due date;
/// completing it with one of the outcomes (and a comment) continues the flow. Overdue, an escalation reassigns it
/// or completes it with <c>Overdue</c>.
/// </summary>
public sealed class HumanTaskActivity : IActivity
{
    public const string Overdue = "Overdue";

    /// <summary>
    /// One field of the task's form (biểu mẫu), for the designer and the inbox: its <c>name</c> (the key of the
    /// data filled in), <c>label</c>, <c>type</c>, whether it is <c>required</c>, the <c>options</c> to choose from.
    /// </summary>
    public static readonly ObjectShape FormField = new(
        "formField",
        [
            new("name", PropertyKind.Text), new("label", PropertyKind.LocalizedText), new("type", PropertyKind.Text),
            new("required", PropertyKind.Boolean), new("options", PropertyKind.Json), new("description", PropertyKind.LocalizedText),
        ]);

    public ActivityDescriptor Descriptor { get; } = new(
        "HumanTask",
        new LocalizedText("Nhiệm vụ", "Human task"),
        new LocalizedText("Giao một việc cho người thực hiện, chờ kết quả.", "Assigns work to a person and waits for the outcome."),
        "people",
        [
            new("assignee", PropertyKind.Assignee, true, new("Người thực hiện: vai trò, người dùng hoặc biểu thức.", "Who does it: a role, a user or an expression.")),
            new("outcomes", PropertyKind.StringList, true, new("Các kết quả có thể chọn.", "The outcomes the person can choose.")),
            new("due", PropertyKind.Duration, false, new("Thời hạn.", "The time limit.")),
            new("reminders", PropertyKind.Json, false, new("Nhắc việc trước/sau hạn.", "Reminders before/after the due date.")) { Shape = Reminder.Shape },
            new("escalation", PropertyKind.Json, false, new("Xử lý khi quá hạn: chuyển người hoặc kết thúc với Overdue.", "When overdue: reassign, or complete with Overdue.")) { Shape = Escalation.Shape },
            new("form", PropertyKind.Json, false, new("Các trường cần điền.", "Fields to fill.")) { Shape = FormField },
            new("resultVariable", PropertyKind.Text, false, new("Biến nhận dữ liệu người thực hiện điền khi hoàn thành.", "The variable that receives the data filled in on completion.")),
        ],
        [Overdue],
        DeclaresOutcomes: true)
    {
        CanWait = true,
    };

    /// <summary>A task ends <c>Overdue</c> only when its escalation completes it.</summary>
    public IReadOnlyList<string> PossibleOutcomes(NodeDefinition node) =>
        node.TryGetProperty("escalation", out var e) && e.ValueKind == JsonValueKind.Object
            && e.TryGetProperty("action", out var action) && action.ValueKind == JsonValueKind.String && action.GetString() == "complete"
            ? Descriptor.OutcomesOf(node)
            : [.. Descriptor.OutcomesOf(node).Where(o => o != Overdue)];

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

        var due = context.Duration("due");
        var reminders = ReadReminders(context);
        if (due is null && reminders.Count > 0)
        {
            context.Error("property 'reminders': reminders count from the deadline, so the task needs 'due'");
        }

        var resultVariable = context.Variable("resultVariable");

        return new HumanTaskConfig(assignee, outcomes, due, reminders, ReadEscalation(context)) { ResultVariable = resultVariable };
    }

    public ActivityResult Execute(ActivityContext context)
    {
        var config = context.Config<HumanTaskConfig>();
        var assignee = ResolveAssignee(context, config.Assignee);
        var due = config.Due is { } d ? context.Deadline(d).Due : (DateTimeOffset?)null;
        var wake = TaskSchedule.Next(Reminders(context, config, due), EscalationTime(context, config, due, context.Now), context.Now);
        return ActivityResult.Wait(new NewBookmark(BookmarkKind.Task, context.NodeId, assignee, due, wake, null, JournalEvents.TaskCreated) { PayloadJson = config.PayloadJson });
    }

    public ActivityResult Resume(ActivityContext context, ResumeContext resume)
    {
        var config = context.Config<HumanTaskConfig>();
        if (resume.IsWake)
        {
            return Wake(context, config, resume);
        }

        if (resume.Input.Action is not null)
        {
            return TaskActions.Apply(context, resume);
        }

        var outcome = resume.Input.Outcome;
        if (outcome is null || !config.Outcomes.Contains(outcome))
        {
            return ActivityResult.Reject(Text.Format(ActivityMessages.TaskOutcome, context.NodeId, string.Join(", ", config.Outcomes), outcome));
        }

        if (TaskActions.Unauthorised(context, resume.Bookmark.Assignee, resume.Input.By) is { } refusal)
        {
            return ActivityResult.Reject(refusal);
        }

        if (config.ResultVariable is { } variable)
        {
            // What the person filled in (the form's fields) drives the rest of the flow.
            var filled = resume.Input.Data?.DeepClone().AsObject() ?? [];
            filled["outcome"] = outcome;
            filled["by"] = resume.Input.Actor;
            context.SetVariable(variable, filled);
        }

        // Attachments are references (ids or URLs of stored documents); the journal keeps them with the decision.
        var attachments = resume.Input.Data?["attachments"] as JsonArray;
        return new ActivityResult.Completed([outcome], JournalEvents.TaskCompleted, resume.Input.Comment,
            attachments is null ? null : new JsonObject { ["attachments"] = attachments.DeepClone() }.ToJsonString());
    }

    /// <summary>A wake-up: escalate when its time has come, else send the reminders due now and sleep until the next one.</summary>
    private static ActivityResult Wake(ActivityContext context, HumanTaskConfig config, ResumeContext resume)
    {
        // Decide by the time the wake-up was for, not the clock: a host that was down catches up in order.
        var at = resume.Input.WakeAt ?? context.Now;
        var due = resume.Bookmark.DueAt;
        var escalationAt = EscalationTime(context, config, due, resume.Bookmark.CreatedAt);
        if (config.Escalation is { } escalation && escalationAt <= at)
        {
            return Escalate(context, escalation, resume);
        }

        var reminders = Reminders(context, config, due).ToList();
        if (reminders.Contains(at))
        {
            context.Journal(JournalEvents.ReminderSent, data: new JsonObject
            {
                ["assignee"] = resume.Bookmark.Assignee,
                ["due"] = due?.ToString("O", System.Globalization.CultureInfo.InvariantCulture),
            });
        }

        return ActivityResult.KeepWaiting(BookmarkChange.Wake(TaskSchedule.Next(reminders, escalationAt, at)));
    }

    private static IEnumerable<DateTimeOffset> Reminders(ActivityContext context, HumanTaskConfig config, DateTimeOffset? due) =>
        due is { } d ? TaskSchedule.ReminderTimes(config.Reminders, d, context.Calendar) : [];

    private static ActivityResult Escalate(ActivityContext context, Escalation escalation, ResumeContext resume)
    {
        if (escalation.Action == "complete")
        {
            return new ActivityResult.Completed([Overdue], JournalEvents.TaskEscalated, null);
        }

        var to = ResolveAssignee(context, escalation.To!);
        context.Journal(JournalEvents.TaskEscalated, data: new JsonObject { ["from"] = resume.Bookmark.Assignee, ["to"] = to });
        return ActivityResult.KeepWaiting(new BookmarkChange { ChangeWake = true, WakeAt = null, Assignee = to });
    }

    /// <summary>
    /// When the escalation falls due: its period counts from the deadline (the day after the last day is day 1),
    /// or from the task's creation when it has no deadline.
    /// </summary>
    private static DateTimeOffset? EscalationTime(ActivityContext context, HumanTaskConfig config, DateTimeOffset? due, DateTimeOffset created)
    {
        if (config.Escalation is not { After.Literal: { } after })
        {
            return null;
        }

        if (due is not { } deadline)
        {
            return context.Calendar.Add(created, after).Due;
        }

        // The deadline is 24:00 of its last day; count from that day, not from the midnight that ends it.
        return after.Kind == DurationKind.Hours ? deadline.AddHours(after.Amount) : context.Calendar.Add(deadline.AddTicks(-1), after).Due;
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

    private static List<Reminder> ReadReminders(NodeCompileContext context)
    {
        var reminders = new List<Reminder>();
        if (context.Property("reminders") is not { } list)
        {
            return reminders;
        }

        const string shape = "property 'reminders': a list of { \"before\" | \"after\" | \"every\": <duration> }";
        if (list.ValueKind != JsonValueKind.Array)
        {
            context.Error(shape);
            return reminders;
        }

        foreach (var item in list.EnumerateArray())
        {
            Duration? Read(string name) =>
                item.ValueKind == JsonValueKind.Object && item.TryGetProperty(name, out var v) && DurationJson.TryRead(v, out var d, out _) ? d : null;
            var reminder = new Reminder(Read("before"), Read("after"), Read("every"));
            if (reminder is { Before: null, After: null, Every: null })
            {
                context.Error("duration", shape);
                continue;
            }

            reminders.Add(reminder);
        }

        return reminders;
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
