using DienHong.Web.Application.Tasks;
using DienHong.Workflows.Activities;

namespace DienHong.Web.Components.Inbox;

/// <summary>Who a task is for, as the inbox tells it (người được giao): a group's task is claimed before it is one's own.</summary>
public static class Assignees
{
    private const string RolePrefix = "role:";

    /// <summary>The role a group's task is for (<c>role:&lt;role&gt;</c>), or null for a person's task.</summary>
    public static string? GroupOf(TaskItem task) =>
        task.Assignee is { } assignee && assignee.StartsWith(RolePrefix, StringComparison.Ordinal) ? assignee[RolePrefix.Length..] : null;

    /// <summary>Whether the task offers claiming and is still a group's.</summary>
    public static bool Claimable(TaskItem task) => GroupOf(task) is not null && task.Actions.Any(a => a.Name == TaskActions.Claim);
}
