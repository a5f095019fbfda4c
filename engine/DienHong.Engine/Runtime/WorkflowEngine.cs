using System.Text.Json.Nodes;
using DienHong.Engine.Activities;
using DienHong.Engine.Resources;
using DienHong.Engine.Storage;

namespace DienHong.Engine.Runtime;

/// <summary>
/// The engine: Start, Resume, Cancel, Retry. Each call takes the instance's lock, loads it, runs it to quiescence
/// and commits everything the run changed in one transaction before it returns.
/// </summary>
public sealed class WorkflowEngine(
    IWorkflowStore store,
    DefinitionCache definitions,
    EngineServices services,
    IWorkflowScheduler scheduler,
    IInstanceLocks locks,
    TimeProvider clock)
{
    public IWorkflowStore Store => store;

    public async Task<RunResult> StartAsync(StartRequest request, CancellationToken cancellationToken = default)
    {
        // Only the version's id and status are read: its compiled form is cached, its JSON read once per process.
        var version = request.DefinitionId is { } id
            ? await store.GetDefinitionAsync(id, cancellationToken).ConfigureAwait(false) is { } d ? new DefinitionVersion(d.Id, d.Key, d.Version, d.Status) : null
            : await store.FindVersionAsync(request.DefinitionKey ?? string.Empty, request.Version, cancellationToken).ConfigureAwait(false);
        if (version is null)
        {
            return RunResult.Refused(RunStatus.NotFound, Text.Format(RunMessages.NoPublishedDefinition, request.DefinitionId ?? request.DefinitionKey));
        }

        if (version.Status != DefinitionStatus.Published)
        {
            return RunResult.Refused(RunStatus.Rejected, Text.Format(RunMessages.NotPublished, version.Key, version.Version, version.Status.ToString().ToLowerInvariant()));
        }

        var definition = await definitions.GetAsync(version.Id, cancellationToken).ConfigureAwait(false);
        var now = Now();
        var instance = WorkflowRun.NewInstance(definition, request.CorrelationKey, request.Agency, now);
        var run = new WorkflowRun(definition, services, instance, [], now, request.Actor);
        // Held through the commit: a wake-up job scheduled by this run (a timer due at once) waits for it.
        await using var held = await locks.AcquireAsync(instance.Id, cancellationToken).ConfigureAwait(false);
        return await RunAndCommitAsync(run, () => run.Start(request.Input), isNew: true, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Resumes one bookmark. Only the first of several concurrent resumes takes effect; the others get
    /// <see cref="RunStatus.AlreadyConsumed"/>.
    /// </summary>
    public async Task<RunResult> ResumeAsync(string bookmarkId, ResumeInput input, string? instanceId = null, CancellationToken cancellationToken = default)
    {
        instanceId ??= await store.FindInstanceOfBookmarkAsync(bookmarkId, cancellationToken).ConfigureAwait(false);
        if (instanceId is null)
        {
            return RunResult.Refused(RunStatus.AlreadyConsumed, Text.Format(RunMessages.BookmarkNotOpen, bookmarkId));
        }

        return await WithInstanceAsync(instanceId, async (loaded, now) =>
        {
            var bookmark = loaded.Bookmarks.FirstOrDefault(b => b.Id == bookmarkId);
            if (bookmark is null || (input.IsWake && bookmark.WakeAt != input.WakeAt))
            {
                return RunResult.Refused(RunStatus.AlreadyConsumed, Text.Format(RunMessages.BookmarkResumed, bookmarkId), instanceId);
            }

            if (loaded.Instance.Status == InstanceStatus.Faulted)
            {
                return RunResult.Refused(RunStatus.Conflict, Text.Format(RunMessages.InstanceFaulted, instanceId), instanceId);
            }

            var run = await NewRunAsync(loaded, now, input.Actor, cancellationToken).ConfigureAwait(false);
            return await RunAndCommitAsync(run, () => run.Resume(bookmark, input), isNew: false, cancellationToken).ConfigureAwait(false);
        }, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Delivers a named signal to every instance waiting for it (or to one instance).</summary>
    public async Task<IReadOnlyList<RunResult>> SignalAsync(string signal, JsonObject? data, string? instanceId = null, string? actor = null, CancellationToken cancellationToken = default)
    {
        var waiting = await store.FindBookmarksAsync(BookmarkKind.Signal, signal, instanceId, cancellationToken).ConfigureAwait(false);
        var results = new List<RunResult>(waiting.Count);
        foreach (var bookmark in waiting)
        {
            results.Add(await ResumeAsync(bookmark.Id, new ResumeInput(actor, Data: data), bookmark.InstanceId, cancellationToken).ConfigureAwait(false));
        }

        return results;
    }

    /// <summary>Cancels the whole instance (WCP-20).</summary>
    public Task<RunResult> CancelAsync(string instanceId, string? reason, string? actor, CancellationToken cancellationToken = default) =>
        WithInstanceAsync(instanceId, async (loaded, now) =>
        {
            if (loaded.Instance.Status is InstanceStatus.Completed or InstanceStatus.Cancelled)
            {
                return RunResult.Refused(RunStatus.Rejected, Text.Format(RunMessages.InstanceEnded, instanceId, loaded.Instance.Status), instanceId);
            }

            var run = await NewRunAsync(loaded, now, actor, cancellationToken).ConfigureAwait(false);
            return await RunAndCommitAsync(run, () => run.CancelInstance(reason), isNew: false, cancellationToken).ConfigureAwait(false);
        }, cancellationToken);

    /// <summary>Withdraws one open task or wait (WCP-19); the rest of the instance continues.</summary>
    public Task<RunResult> CancelBookmarkAsync(string instanceId, string bookmarkId, string? reason, string? actor, CancellationToken cancellationToken = default) =>
        WithInstanceAsync(instanceId, async (loaded, now) =>
        {
            var bookmark = loaded.Bookmarks.FirstOrDefault(b => b.Id == bookmarkId);
            if (bookmark is null)
            {
                return RunResult.Refused(RunStatus.AlreadyConsumed, Text.Format(RunMessages.BookmarkClosed, bookmarkId), instanceId);
            }

            var run = await NewRunAsync(loaded, now, actor, cancellationToken).ConfigureAwait(false);
            return await RunAndCommitAsync(run, () => run.CancelBookmark(bookmark, reason), isNew: false, cancellationToken).ConfigureAwait(false);
        }, cancellationToken);

    /// <summary>Runs again the work a fault left pending.</summary>
    public Task<RunResult> RetryAsync(string instanceId, string? actor, CancellationToken cancellationToken = default) =>
        WithInstanceAsync(instanceId, async (loaded, now) =>
        {
            if (loaded.Instance.Status != InstanceStatus.Faulted)
            {
                return RunResult.Refused(RunStatus.Rejected, Text.Format(RunMessages.InstanceNotFaulted, instanceId), instanceId);
            }

            var run = await NewRunAsync(loaded, now, actor, cancellationToken).ConfigureAwait(false);
            return await RunAndCommitAsync(run, run.Retry, isNew: false, cancellationToken).ConfigureAwait(false);
        }, cancellationToken);

    /// <summary>
    /// Wakes every bookmark whose time has come by <paramref name="until"/>, earliest first, and returns how many
    /// took effect. Drivers of the clock (the scenario runner, hosts without a job server) call it.
    /// </summary>
    public async Task<int> FireDueAsync(DateTimeOffset until, CancellationToken cancellationToken = default)
    {
        var fired = 0;
        var tried = new HashSet<(string, DateTimeOffset)>();
        while (true)
        {
            var due = (await store.DueAsync(until, 100, cancellationToken).ConfigureAwait(false))
                .Where(d => tried.Add((d.BookmarkId, d.WakeAt))).ToList();
            if (due.Count == 0)
            {
                return fired;
            }

            foreach (var wake in due)
            {
                var result = await ResumeAsync(wake.BookmarkId, ResumeInput.Wake(wake.WakeAt), wake.InstanceId, cancellationToken).ConfigureAwait(false);
                fired += result.Succeeded ? 1 : 0;
            }
        }
    }

    /// <summary>The run's time, to the millisecond the store keeps, so times computed in a run equal the stored ones.</summary>
    private DateTimeOffset Now()
    {
        var now = clock.GetUtcNow();
        return now.AddTicks(-(now.Ticks % TimeSpan.TicksPerMillisecond));
    }

    private async Task<RunResult> WithInstanceAsync(string instanceId, Func<LoadedInstance, DateTimeOffset, Task<RunResult>> action, CancellationToken cancellationToken)
    {
        await using var held = await locks.AcquireAsync(instanceId, cancellationToken).ConfigureAwait(false);
        LoadedInstance? loaded;
        try
        {
            loaded = await store.LoadAsync(instanceId, cancellationToken).ConfigureAwait(false);
        }
        catch (InstanceTamperedException e)
        {
            return RunResult.Refused(RunStatus.Tampered, e.Message, instanceId);
        }

        return loaded is null
            ? RunResult.Refused(RunStatus.NotFound, Text.Format(RunMessages.InstanceMissing, instanceId), instanceId)
            : await action(loaded, Now()).ConfigureAwait(false);
    }

    private async ValueTask<WorkflowRun> NewRunAsync(LoadedInstance loaded, DateTimeOffset now, string? actor, CancellationToken cancellationToken)
    {
        var definition = await definitions.GetAsync(loaded.Instance.DefinitionId, cancellationToken).ConfigureAwait(false);
        return new WorkflowRun(definition, services, loaded.Instance, loaded.Bookmarks, now, actor);
    }

    private async Task<RunResult> RunAndCommitAsync(WorkflowRun run, Action apply, bool isNew, CancellationToken cancellationToken)
    {
        try
        {
            apply();
        }
        catch (RunRejectedException e)
        {
            return RunResult.Refused(RunStatus.Rejected, e.Message, isNew ? null : run.InstanceId);
        }

        var unscheduled = run.ToChanges(isNew);
        var movedJobs = unscheduled.UpdatedBookmarks.Where(b => b.JobId is not null).ToList();
        var changes = Schedule(unscheduled);
        try
        {
            await store.CommitAsync(changes, cancellationToken).ConfigureAwait(false);
        }
        catch (ConcurrencyConflictException e)
        {
            CancelJobs(changes.AddedBookmarks.Concat(changes.UpdatedBookmarks));
            return RunResult.Refused(e.DuplicateCorrelation ? RunStatus.Duplicate : RunStatus.Conflict, e.Message, isNew ? null : run.InstanceId);
        }
        catch
        {
            CancelJobs(changes.AddedBookmarks.Concat(changes.UpdatedBookmarks));
            throw;
        }

        CancelJobs(changes.RemovedBookmarks.Concat(movedJobs));
        var open = run.OpenBookmarks.Select(b => changes.AddedBookmarks.FirstOrDefault(a => a.Id == b.Id)
            ?? changes.UpdatedBookmarks.FirstOrDefault(u => u.Id == b.Id) ?? b).ToList();
        return new RunResult(RunStatus.Ok, null, run.InstanceId, changes.Instance.Status, changes.Instance.Outcome, open);
    }

    /// <summary>Gives every new or moved wake-up its job before the commit, so the job id is saved with the bookmark.</summary>
    private RunChanges Schedule(RunChanges changes)
    {
        if (!changes.AddedBookmarks.Any(b => b.WakeAt is not null) && changes.UpdatedBookmarks.Count == 0)
        {
            return changes;
        }

        BookmarkRecord WithJob(BookmarkRecord b) =>
            b.WakeAt is { } wake ? b with { JobId = scheduler.Schedule(b.InstanceId, b.Id, wake) } : b with { JobId = null };
        return changes with
        {
            AddedBookmarks = changes.AddedBookmarks.Select(WithJob).ToList(),
            UpdatedBookmarks = changes.UpdatedBookmarks.Select(WithJob).ToList(),
        };
    }

    private void CancelJobs(IEnumerable<BookmarkRecord> bookmarks)
    {
        foreach (var b in bookmarks)
        {
            if (b.JobId is { } job)
            {
                scheduler.Cancel(job);
            }
        }
    }
}
