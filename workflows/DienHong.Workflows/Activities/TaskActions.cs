using System.Text.Json.Nodes;
using DienHong.Calendar;
using DienHong.Engine.Activities;
using DienHong.Engine.Definitions;
using DienHong.Engine.Journal;
using DienHong.Engine.Runtime;
using DienHong.Workflows.Organization;
using Microsoft.Extensions.DependencyInjection;

namespace DienHong.Workflows.Activities;

/// <summary>
/// What people do with an open task besides deciding it (thao tác với nhiệm vụ): claim it from a candidate group
/// (nhận việc), delegate it (ủy quyền) or reassign it (giao lại) with a reason. Every action is journalled; with an
/// organisation configured, only someone who may act for the task (the assignee, a member of the role, or an
/// absentee's substitute) may claim, delegate or complete it.
/// </summary>
public static class TaskActions
{
    public const string Claim = "claim";
    public const string Delegate = "delegate";
    public const string Reassign = "reassign";

    /// <summary>The actions of a task, declared once: the engine checks them and every task's payload lists them.</summary>
    public static readonly IReadOnlyList<ActionDescriptor> All =
    [
        new(Claim, new LocalizedText("Nhận việc", "Claim")),
        new(Delegate, new LocalizedText("Ủy quyền", "Delegate"))
        {
            Data = [new("to", PropertyKind.Text, Required: true), new("reason", PropertyKind.Text)],
        },
        new(Reassign, new LocalizedText("Giao lại", "Reassign"))
        {
            NeedsActor = false,
            Data = [new("to", PropertyKind.Text, Required: true), new("reason", PropertyKind.Text)],
        },
    ];

    public static readonly IReadOnlyList<string> Names = [.. All.Select(a => a.Name)];

    /// <summary>
    /// Why <paramref name="actor"/> may not act for the task, or null when they may. With an organisation, a person
    /// must be named and able to act for the assignee; the system (a wake-up: an escalation) always may.
    /// </summary>
    public static Refusal? Unauthorised(ActivityContext context, string? assignee, Actor? actor)
    {
        var resolver = context.Services.GetService<IAssigneeResolver>();
        if (resolver is null || context.Agency is null || assignee is null || actor is { IsSystem: true })
        {
            return null;
        }

        if (actor is null)
        {
            return new Refusal(RefusalCodes.ActorRequired, context.NodeId);
        }

        try
        {
            return resolver.CanAct(actor.Id, assignee, context.Agency, AssigneeResolver.LocalDay(context.Now))
                ? null
                : new Refusal(ActivityRefusals.NotAssignee, actor.Id, context.NodeId, assignee);
        }
        catch (ArgumentException)
        {
            return new Refusal(ActivityRefusals.AssigneeUnknown, context.NodeId, assignee);
        }
    }

    /// <summary>Applies an action the engine has checked (declared, offered, its data present).</summary>
    public static ActivityResult Apply(ActivityContext context, ResumeContext resume)
    {
        var input = resume.Input;
        var current = resume.Bookmark.Assignee;
        if (input.Action != Reassign && Unauthorised(context, current, input.By) is { } refusal)
        {
            return ActivityResult.Reject(refusal);
        }

        var to = input.Data?["to"]?.GetValue<string>() ?? string.Empty;
        switch (input.Action)
        {
            case Claim:
                return current?.StartsWith("role:", StringComparison.Ordinal) == true
                    ? Change(context, JournalEvents.TaskClaimed, current, Assignee.ForUser(input.Actor!), null)
                    : ActivityResult.Reject(ActivityRefusals.ClaimNotGroup, context.NodeId, current);
            case Delegate:
                return Change(context, JournalEvents.TaskDelegated, current, Assignee.ForUser(to), Reason(input));
            default:
                return to.StartsWith("role:", StringComparison.Ordinal) || to.StartsWith("user:", StringComparison.Ordinal)
                    ? Change(context, JournalEvents.TaskReassigned, current, to, Reason(input))
                    : ActivityResult.Reject(ActivityRefusals.ReassignTarget, context.NodeId, to);
        }
    }

    private static ActivityResult Change(ActivityContext context, string @event, string? from, string to, string? reason)
    {
        context.Journal(@event, comment: reason, data: new JsonObject { ["from"] = from, ["to"] = to });
        return ActivityResult.KeepWaiting(new BookmarkChange { Assignee = to });
    }

    private static string? Reason(ResumeInput input) => input.Data?["reason"]?.GetValue<string>() ?? input.Comment;
}
