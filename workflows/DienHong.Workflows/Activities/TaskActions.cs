using System.Text.Json.Nodes;
using DienHong.Engine.Activities;
using DienHong.Engine.Journal;
using DienHong.Engine.Resources;
using DienHong.Engine.Runtime;
using DienHong.Workflows.Organization;
using DienHong.Workflows.Resources;
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
        catch (ArgumentException e)
        {
            return new Refusal(RefusalCodes.ActivityRejected, e.Message);
        }
    }

    public static ActivityResult Apply(ActivityContext context, ResumeContext resume)
    {
        var input = resume.Input;
        var current = resume.Bookmark.Assignee;
        if (Unauthorised(context, current, input.By) is { } refusal && input.Action != Reassign)
        {
            return ActivityResult.Reject(refusal);
        }

        switch (input.Action)
        {
            case Claim:
                if (current?.StartsWith("role:", StringComparison.Ordinal) != true)
                {
                    return ActivityResult.Reject(Text.Format(ActivityMessages.ClaimOnlyGroup, context.NodeId, current));
                }

                return Change(context, JournalEvents.TaskClaimed, current, Assignee.ForUser(input.Actor!), null);
            case Delegate:
                return input.Data?["to"]?.GetValue<string>() is { Length: > 0 } delegatee
                    ? Change(context, JournalEvents.TaskDelegated, current, Assignee.ForUser(delegatee), Reason(input))
                    : ActivityResult.Reject(ActivityMessages.DelegateNeedsTo);
            case Reassign:
                return input.Data?["to"]?.GetValue<string>() is { Length: > 0 } to && (to.StartsWith("role:", StringComparison.Ordinal) || to.StartsWith("user:", StringComparison.Ordinal))
                    ? Change(context, JournalEvents.TaskReassigned, current, to, Reason(input))
                    : ActivityResult.Reject(ActivityMessages.ReassignNeedsTo);
            default:
                return ActivityResult.Reject(Text.Format(ActivityMessages.UnknownTaskAction, context.NodeId, input.Action));
        }
    }

    private static ActivityResult Change(ActivityContext context, string @event, string? from, string to, string? reason)
    {
        context.Journal(@event, comment: reason, data: new JsonObject { ["from"] = from, ["to"] = to });
        return ActivityResult.KeepWaiting(new BookmarkChange { Assignee = to });
    }

    private static string? Reason(ResumeInput input) => input.Data?["reason"]?.GetValue<string>() ?? input.Comment;
}
