using System.Diagnostics;
using DienHong.Engine.Storage;

namespace DienHong.Engine.Runtime;

/// <summary>One run from its interpreter to its commit, with its jobs, span, metrics and log events.</summary>
public sealed partial class WorkflowEngine
{
    private async Task<RunResult> RunAndCommitAsync(Interpreter run, Action apply, string operation, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        var isNew = operation == Operation.Start;
        var instanceId = isNew ? null : run.Changes.InstanceId;
        using var span = EngineTelemetry.Source.StartActivity("DienHong.Run");
        span?.SetTag("dienhong.operation", operation);
        span?.SetTag("dienhong.workflow", run.Definition.Definition.Key);
        span?.SetTag("dienhong.instance", run.Changes.InstanceId);
        RunResult result;
        try
        {
            apply();
        }
        catch (RunRejectedException e)
        {
            return Observed(run, operation, started, span, Refused(RunStatus.Rejected, e.Refusal, instanceId, operation));
        }

        var (changes, replaced) = jobs.Schedule(run.Changes.ToChanges(isNew));
        var commitStarted = Stopwatch.GetTimestamp();
        using (var commit = EngineTelemetry.Source.StartActivity("DienHong.Commit"))
        {
            commit?.SetTag("dienhong.journal_entries", changes.Journal.Count);
            try
            {
                await store.CommitAsync(changes, cancellationToken).ConfigureAwait(false);
            }
            catch (ConcurrencyConflictException e)
            {
                jobs.Compensate(changes);
                commit?.SetStatus(ActivityStatusCode.Error, e.DuplicateCorrelation ? "duplicate" : "conflict");
                result = Conflict(run, e.DuplicateCorrelation, instanceId, operation);
                return Observed(run, operation, started, span, result);
            }
            catch (Exception e)
            {
                jobs.Compensate(changes);
                commit?.SetStatus(ActivityStatusCode.Error, e.GetType().Name);
                throw;
            }
        }

        Committed(run, changes, replaced, commitStarted);
        var open = run.Changes.Open.Select(b => changes.AddedBookmarks.FirstOrDefault(a => a.Id == b.Id)
            ?? changes.UpdatedBookmarks.FirstOrDefault(u => u.Id == b.Id) ?? b).ToList();
        result = new RunResult(RunStatus.Ok, null, run.Changes.InstanceId, changes.Instance.Status, changes.Instance.Outcome, open);
        return Observed(run, operation, started, span, result);
    }

    /// <summary>After the commit: the closed bookmarks' jobs go, and the commit and its incidents are counted and logged.</summary>
    private void Committed(Interpreter run, RunChanges changes, IReadOnlyList<BookmarkRecord> replaced, long commitStarted)
    {
        var workflowTag = new KeyValuePair<string, object?>("dienhong.workflow", run.Definition.Definition.Key);
        if (EngineTelemetry.Commits.Enabled || EngineTelemetry.CommitDuration.Enabled)
        {
            EngineTelemetry.Commits.Add(1, workflowTag);
            EngineTelemetry.CommitDuration.Record(EngineTelemetry.Since(commitStarted), workflowTag);
        }

        jobs.Committed(changes, replaced);
        foreach (var incident in changes.Incidents)
        {
            EngineTelemetry.Incidents.Add(1, workflowTag);
            EngineLog.Incident(log, incident.InstanceId, incident.NodeId, incident.Code, incident.ExceptionType, incident.Message);
        }
    }

    /// <summary>Closes the run's span and counts the run with its result.</summary>
    private static RunResult Observed(Interpreter run, string operation, long started, Activity? span, RunResult result)
    {
        span?.SetTag("dienhong.status", result.Status.ToString());
        span?.SetTag("dienhong.steps", run.Steps);
        if (EngineTelemetry.Runs.Enabled || EngineTelemetry.RunDuration.Enabled)
        {
            var tags = new TagList { { "dienhong.operation", operation }, { "dienhong.workflow", run.Definition.Definition.Key }, { "dienhong.status", result.Status.ToString() } };
            EngineTelemetry.Runs.Add(1, tags);
            EngineTelemetry.RunDuration.Record(EngineTelemetry.Since(started), tags);
        }

        return result;
    }

    private RunResult Conflict(Interpreter run, bool duplicate, string? instanceId, string operation)
    {
        var refusal = duplicate
            ? new Refusal(RefusalCodes.InstanceDuplicate, run.Changes.CorrelationKey)
            : new Refusal(RefusalCodes.InstanceConflict, run.Changes.InstanceId);
        EngineTelemetry.Conflicts.Add(1, new KeyValuePair<string, object?>("dienhong.workflow", run.Definition.Definition.Key));
        EngineLog.Conflict(log, instanceId, operation, refusal.Code.Value);
        return RunResult.Refused(duplicate ? RunStatus.Duplicate : RunStatus.Conflict, refusal, instanceId);
    }

    /// <summary>The names of the engine's operations, as logs, spans and metrics tag them.</summary>
    private static class Operation
    {
        public const string Start = "start";
        public const string Resume = "resume";
        public const string Wake = "wake";
        public const string Cancel = "cancel";
        public const string CancelBookmark = "cancel-bookmark";
        public const string Retry = "retry";
    }
}
