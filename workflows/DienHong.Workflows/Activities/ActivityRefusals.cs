using DienHong.Engine.Runtime;
using DienHong.Workflows.Resources;

namespace DienHong.Workflows.Activities;

/// <summary>The refusal codes (mã từ chối) of the governance activities; the table of every code is in <c>docs/refusals.md</c>.</summary>
public static class ActivityRefusals
{
    /// <summary>The person may not act on the task: {0} the person, {1} the node, {2} the assignee.</summary>
    public static readonly MessageCode NotAssignee = new("task.not-assignee", ActivityMessages.ResourceManager, nameof(ActivityMessages.MayNotAct));
}
