namespace DienHong.Engine.Runtime;

/// <summary>
/// No jobs: wake-ups are found by whoever drives the clock, through <see cref="WorkflowEngine.FireDueAsync"/> and the
/// due-time index. The scenario runner and embedded hosts without a job server use this.
/// </summary>
internal sealed class PollingScheduler : IWorkflowScheduler
{
    public string? Schedule(string instanceId, string bookmarkId, DateTimeOffset wakeAt) => null;

    public void Cancel(string jobId)
    {
    }
}
