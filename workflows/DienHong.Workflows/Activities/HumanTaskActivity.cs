using System.Text.Json.Nodes;
using DienHong.Calendar;
using DienHong.Engine.Activities;
using DienHong.Engine.Definitions;
using DienHong.Engine.Journal;
using DienHong.Engine.Resources;
using DienHong.Engine.Runtime;
using DienHong.Engine.Storage;
using DienHong.Workflows.Resources;

namespace DienHong.Workflows.Activities;

/// <summary>
/// HumanTask (nhiệm vụ): a person decides. The task goes to an assignee's inbox with its outcomes and due date;
/// completing it with one of the outcomes (and a comment) continues the flow. Overdue, an escalation reassigns it
/// or completes it with <c>Overdue</c>. Its actions (claim, delegate, reassign) are <see cref="TaskActions"/>.
/// </summary>
public sealed class HumanTaskActivity() : Activity<HumanTaskConfig, NoState>(
    Describe(
        "HumanTask",
        new LocalizedText("Nhiệm vụ", "Human task"),
        new LocalizedText("Giao một việc cho người thực hiện, chờ kết quả.", "Assigns work to a person and waits for the outcome."),
        "people",
        Overdue) with
    {
        DeclaresOutcomes = true,
        CanWait = true,
        Actions = TaskActions.All,
    })
{
    public const string Overdue = "Overdue";

    /// <summary>A task ends <c>Overdue</c> only when its escalation completes it.</summary>
    public override IReadOnlyList<string> PossibleOutcomes(NodeDefinition node) =>
        node.TryGetProperty("escalation", out var e) && e.ValueKind == System.Text.Json.JsonValueKind.Object
            && e.TryGetProperty("action", out var action) && action.ValueKind == System.Text.Json.JsonValueKind.String
            && action.GetString() == Escalation.CompleteAction
            ? Descriptor.OutcomesOf(node)
            : [.. Descriptor.OutcomesOf(node).Where(o => o != Overdue)];

    protected override HumanTaskConfig Prepare(HumanTaskConfig config, NodeCompileContext context)
    {
        if (config.Outcomes is { Count: 0 })
        {
            context.Error(ActivityMessages.TaskNeedsOutcome);
        }

        foreach (var field in config.Form ?? [])
        {
            if (field.Field.TryGetProperty("requiredFor", out var outcomes) && outcomes.ValueKind == System.Text.Json.JsonValueKind.Array)
            {
                foreach (var unknown in outcomes.EnumerateArray().Select(o => o.GetString()).Where(o => o is not null && !config.Choices.Contains(o)))
                {
                    context.Error(Text.Format(ActivityMessages.FormRequiredForOutcome, field.Name, unknown, string.Join(", ", config.Choices)));
                }
            }
        }

        if (config.Due is null && config.ReminderList.Count > 0)
        {
            context.Error(ActivityMessages.RemindersNeedDue);
        }

        return config;
    }

    protected override ActivityResult Execute(ActivityContext context, HumanTaskConfig config, NoState state)
    {
        var assignee = config.Assignee!.Resolve(context);
        var due = config.Due is { } d ? context.Deadline(d).Due : (DateTimeOffset?)null;
        var wake = TaskTimers.First(context, config.ReminderList, config.Escalation, due);
        return ActivityResult.Wait(new NewBookmark(BookmarkKind.Task, context.NodeId, assignee, due, wake, null, JournalEvents.TaskCreated) { PayloadJson = config.PayloadJson });
    }

    protected override ActivityResult Resume(ActivityContext context, HumanTaskConfig config, NoState state, ResumeContext resume)
    {
        if (resume.IsWake)
        {
            return TaskTimers.Wake(context, config.ReminderList, config.Escalation, resume,
                () => new ActivityResult.Completed([Overdue], JournalEvents.TaskEscalated, null));
        }

        if (resume.Input.Action is not null)
        {
            return TaskActions.Apply(context, resume);
        }

        if (TaskActions.Unauthorised(context, resume.Bookmark.Assignee, resume.Input.By) is { } refusal)
        {
            return ActivityResult.Reject(refusal);
        }

        // The engine has checked that the outcome is one the task offers.
        var outcome = resume.Input.Outcome!;
        if (config.Form?.FirstOrDefault(f => f.IsRequiredFor(outcome) && !TaskForm.IsFilled(resume.Input.Data?[f.Name!])) is { } missing)
        {
            return ActivityResult.Reject(ActivityRefusals.FieldRequired, context.NodeId, missing.Name, outcome);
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
}
