namespace DienHong.Engine.Runtime;

/// <summary>
/// The durable scheduler that wakes bookmarks at their time (Hangfire in the server). The engine schedules a
/// bookmark's wake-up before the run commits and stores the job id on the bookmark, so closing the bookmark
/// deletes its job directly. A job must wake with <see cref="WorkflowEngine.WakeAsync"/>: a delivery for a bookmark
/// that is gone, or whose wake time moved, does nothing.
/// </summary>
public interface IWorkflowScheduler
{
    /// <summary>Schedules a wake-up; returns the job id, or null when wake-ups are found by polling instead.</summary>
    string? Schedule(string instanceId, string bookmarkId, DateTimeOffset wakeAt);

    void Cancel(string jobId);
}
