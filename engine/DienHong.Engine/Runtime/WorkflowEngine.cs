using System.Diagnostics;
using System.Text.Json.Nodes;
using DienHong.Engine.Activities;
using DienHong.Engine.Storage;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace DienHong.Engine.Runtime;

/// <summary>
/// The engine: Start, Resume, Wake, Cancel, Retry. Each call takes the instance's lock, loads it, lets an
/// <see cref="Interpreter"/> run it to quiescence and commits its <see cref="RunChangeSet"/> in one transaction
/// before it returns. It orchestrates only: the token game is the interpreter's, the jobs are
/// <see cref="WakeJobScheduling"/>'s.
/// </summary>
public sealed partial class WorkflowEngine
{
    private readonly IWorkflowStore store;
    private readonly DefinitionCache definitions;
    private readonly EngineServices services;
    private readonly IInstanceLocks locks;
    private readonly TimeProvider clock;
    private readonly WakeJobScheduling jobs;
    private readonly ILogger log;

    internal WorkflowEngine(
        IWorkflowStore store,
        DefinitionCache definitions,
        EngineServices services,
        IWorkflowScheduler scheduler,
        IInstanceLocks locks,
        TimeProvider clock,
        ILogger<WorkflowEngine>? logger)
    {
        this.store = store;
        this.definitions = definitions;
        this.services = services;
        this.locks = locks;
        this.clock = clock;
        jobs = new WakeJobScheduling(scheduler);
        log = logger ?? NullLogger<WorkflowEngine>.Instance;
    }

    public IWorkflowStore Store => store;

    /// <summary>Starts an instance on behalf of the person <see cref="StartRequest.Actor"/> names.</summary>
    public Task<RunResult> StartAsync(StartRequest request, CancellationToken cancellationToken = default) =>
        Reserved(request.Actor) is { } reserved
            ? Task.FromResult(Refused(RunStatus.Rejected, reserved, null, Operation.Start))
            : StartAsync(request, PersonOf(request.Actor), cancellationToken);

    /// <summary>
    /// Starts an instance as the system, for a scheduled launch (a Start node's <c>schedule</c>); the request's
    /// <see cref="StartRequest.Actor"/> is not used.
    /// </summary>
    public Task<RunResult> LaunchAsync(StartRequest request, CancellationToken cancellationToken = default) =>
        StartAsync(request, Actor.System, cancellationToken);

    private async Task<RunResult> StartAsync(StartRequest request, Actor? actor, CancellationToken cancellationToken)
    {
        // Only the version's id and status are read: its compiled form is cached, its JSON read once per process.
        var version = request.DefinitionId is { } id
            ? await store.GetDefinitionAsync(id, cancellationToken).ConfigureAwait(false) is { } d ? new DefinitionVersion(d.Id, d.Key, d.Version, d.Status) : null
            : await store.FindVersionAsync(request.DefinitionKey ?? string.Empty, request.Version, cancellationToken).ConfigureAwait(false);
        if (version is null)
        {
            return Refused(RunStatus.NotFound, new Refusal(RefusalCodes.DefinitionNotFound, request.DefinitionId ?? request.DefinitionKey), null, Operation.Start);
        }

        if (version.Status != DefinitionStatus.Published)
        {
            return Refused(RunStatus.Rejected, new Refusal(RefusalCodes.DefinitionNotPublished, version.Key, version.Version, version.Status.ToString().ToLowerInvariant()), null, Operation.Start);
        }

        var definition = await definitions.GetAsync(version.Id, cancellationToken).ConfigureAwait(false);
        var now = Now();
        var changes = new RunChangeSet(RunChangeSet.NewInstance(definition, request.CorrelationKey, request.Agency, now), [], now);
        var run = new Interpreter(definition, services, changes, actor);
        // Held through the commit: a wake-up job scheduled by this run (a timer due at once) waits for it.
        await using var held = await locks.AcquireAsync(changes.InstanceId, cancellationToken).ConfigureAwait(false);
        var result = await RunAndCommitAsync(run, () => run.Start(request.Input), Operation.Start, cancellationToken).ConfigureAwait(false);
        if (result.Succeeded)
        {
            EngineLog.Started(log, changes.InstanceId, definition.Definition.Key, definition.Definition.Version, result.InstanceStatus);
        }

        return result;
    }

    /// <summary>
    /// Resumes one bookmark on behalf of the person <see cref="ResumeInput.Actor"/> names. Only the first of several
    /// concurrent resumes takes effect; the others get <see cref="RunStatus.AlreadyConsumed"/>.
    /// </summary>
    public async Task<RunResult> ResumeAsync(string bookmarkId, ResumeInput input, string? instanceId = null, CancellationToken cancellationToken = default)
    {
        if (!input.IsWake && Reserved(input.Actor) is { } reserved)
        {
            return Refused(RunStatus.Rejected, reserved, instanceId, Operation.Resume);
        }

        var result = await ResumeOnceAsync(bookmarkId, input, instanceId, cancellationToken).ConfigureAwait(false);
        if (result.Succeeded)
        {
            EngineLog.Resumed(log, bookmarkId, result.InstanceId!, result.InstanceStatus);
        }
        else if (input.WakeAt is { } wakeAt && result.Status is RunStatus.AlreadyConsumed or RunStatus.NotFound)
        {
            EngineLog.WakeIgnored(log, bookmarkId, wakeAt, result.Refusal!.Code.Value);
        }

        return result;
    }

    /// <summary>
    /// The system's wake-up of a bookmark due at <paramref name="wakeAt"/> (a timer, reminder or escalation), for
    /// the job that the bookmark's run scheduled. A late or repeated delivery, or one for a bookmark that moved on,
    /// does nothing and answers <see cref="RunStatus.AlreadyConsumed"/>.
    /// </summary>
    public Task<RunResult> WakeAsync(string bookmarkId, DateTimeOffset wakeAt, string? instanceId = null, CancellationToken cancellationToken = default) =>
        ResumeAsync(bookmarkId, ResumeInput.Wake(wakeAt), instanceId, cancellationToken);

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
        WithInstanceAsync(instanceId, actor, Operation.Cancel, async (loaded, now) =>
        {
            if (loaded.Instance.Status is InstanceStatus.Completed or InstanceStatus.Cancelled)
            {
                return Refused(RunStatus.Rejected, new Refusal(RefusalCodes.InstanceEnded, instanceId, loaded.Instance.Status), instanceId, Operation.Cancel);
            }

            var run = await NewRunAsync(loaded, now, PersonOf(actor), cancellationToken).ConfigureAwait(false);
            return await RunAndCommitAsync(run, () => run.CancelInstance(reason), Operation.Cancel, cancellationToken).ConfigureAwait(false);
        }, cancellationToken);

    /// <summary>Withdraws one open task or wait (WCP-19); the rest of the instance continues.</summary>
    public Task<RunResult> CancelBookmarkAsync(string instanceId, string bookmarkId, string? reason, string? actor, CancellationToken cancellationToken = default) =>
        WithInstanceAsync(instanceId, actor, Operation.CancelBookmark, async (loaded, now) =>
        {
            var bookmark = loaded.Bookmarks.FirstOrDefault(b => b.Id == bookmarkId);
            if (bookmark is null)
            {
                return Refused(RunStatus.AlreadyConsumed, new Refusal(RefusalCodes.BookmarkClosed, bookmarkId), instanceId, Operation.CancelBookmark);
            }

            var run = await NewRunAsync(loaded, now, PersonOf(actor), cancellationToken).ConfigureAwait(false);
            return await RunAndCommitAsync(run, () => run.CancelBookmark(bookmark, reason), Operation.CancelBookmark, cancellationToken).ConfigureAwait(false);
        }, cancellationToken);

    /// <summary>Runs again the work a fault left pending.</summary>
    public Task<RunResult> RetryAsync(string instanceId, string? actor, CancellationToken cancellationToken = default) =>
        WithInstanceAsync(instanceId, actor, Operation.Retry, async (loaded, now) =>
        {
            if (loaded.Instance.Status != InstanceStatus.Faulted)
            {
                return Refused(RunStatus.Rejected, new Refusal(RefusalCodes.InstanceNotFaulted, instanceId), instanceId, Operation.Retry);
            }

            var run = await NewRunAsync(loaded, now, PersonOf(actor), cancellationToken).ConfigureAwait(false);
            return await RunAndCommitAsync(run, run.Retry, Operation.Retry, cancellationToken).ConfigureAwait(false);
        }, cancellationToken);

    /// <summary>
    /// Wakes every bookmark whose time has come by <paramref name="until"/>, earliest first, and returns how many
    /// took effect. Drivers of the clock (the scenario runner, the job server's drain) call it.
    /// </summary>
    public async Task<int> FireDueAsync(DateTimeOffset until, CancellationToken cancellationToken = default)
    {
        const int batch = 100;
        var fired = 0;
        var tried = new HashSet<(string, DateTimeOffset)>();
        while (true)
        {
            // A refused wake (its instance faulted) stays due: the page grows by what was tried, so refused wakes
            // at the front never hide the later ones.
            var due = (await store.DueAsync(until, tried.Count + batch, cancellationToken).ConfigureAwait(false))
                .Where(d => tried.Add((d.BookmarkId, d.WakeAt))).ToList();
            if (due.Count == 0)
            {
                return fired;
            }

            foreach (var wake in due)
            {
                var result = await WakeAsync(wake.BookmarkId, wake.WakeAt, wake.InstanceId, cancellationToken).ConfigureAwait(false);
                fired += result.Succeeded ? 1 : 0;
            }
        }
    }

    /// <summary>A request may not name the system's id as its person: that text carries no authority, and would read like the system in the journal.</summary>
    private static Refusal? Reserved(string? actor) => actor == Actor.SystemId ? new Refusal(RefusalCodes.ActorReserved, actor) : null;

    private static Actor? PersonOf(string? id) => string.IsNullOrWhiteSpace(id) ? null : Actor.Person(id);

    /// <summary>The run's time, to the millisecond the store keeps, so times computed in a run equal the stored ones.</summary>
    private DateTimeOffset Now()
    {
        var now = clock.GetUtcNow();
        return now.AddTicks(-(now.Ticks % TimeSpan.TicksPerMillisecond));
    }

    private async Task<RunResult> ResumeOnceAsync(string bookmarkId, ResumeInput input, string? instanceId, CancellationToken cancellationToken)
    {
        instanceId ??= await store.FindInstanceOfBookmarkAsync(bookmarkId, cancellationToken).ConfigureAwait(false);
        if (instanceId is null)
        {
            return Refused(RunStatus.AlreadyConsumed, new Refusal(RefusalCodes.BookmarkNotOpen, bookmarkId), null, Operation.Resume);
        }

        return await WithInstanceAsync(instanceId, null, Operation.Resume, (loaded, now) => ResumeLoadedAsync(loaded, now, bookmarkId, input, cancellationToken), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The resume of a bookmark of an instance read under its lock: the bookmark must be open and the instance not faulted.</summary>
    private async Task<RunResult> ResumeLoadedAsync(LoadedInstance loaded, DateTimeOffset now, string bookmarkId, ResumeInput input, CancellationToken cancellationToken)
    {
        var instanceId = loaded.Instance.Id;
        var bookmark = loaded.Bookmarks.FirstOrDefault(b => b.Id == bookmarkId);
        if (bookmark is null || (input.IsWake && bookmark.WakeAt != input.WakeAt))
        {
            return Refused(RunStatus.AlreadyConsumed, new Refusal(RefusalCodes.BookmarkConsumed, bookmarkId), instanceId, Operation.Resume);
        }

        if (loaded.Instance.Status == InstanceStatus.Faulted)
        {
            return Refused(RunStatus.Conflict, new Refusal(RefusalCodes.InstanceFaulted, instanceId), instanceId, Operation.Resume);
        }

        var run = await NewRunAsync(loaded, now, input.By, cancellationToken).ConfigureAwait(false);
        return await RunAndCommitAsync(run, () => run.Resume(bookmark, input), input.IsWake ? Operation.Wake : Operation.Resume, cancellationToken).ConfigureAwait(false);
    }

    private async Task<RunResult> WithInstanceAsync(string instanceId, string? actor, string operation, Func<LoadedInstance, DateTimeOffset, Task<RunResult>> action, CancellationToken cancellationToken)
    {
        if (Reserved(actor) is { } reserved)
        {
            return Refused(RunStatus.Rejected, reserved, instanceId, operation);
        }

        LockedInstance locked;
        try
        {
            locked = await LockAndLoadAsync(instanceId, cancellationToken).ConfigureAwait(false);
        }
        catch (InstanceTamperedException e)
        {
            return Refused(RunStatus.Tampered, new Refusal(RefusalCodes.InstanceTampered, e.InstanceId), instanceId, operation);
        }

        await using var held = locked.Hold;
        return locked.Loaded is not { } loaded
            ? Refused(RunStatus.NotFound, new Refusal(RefusalCodes.InstanceNotFound, instanceId), instanceId, operation)
            : await action(loaded, Now()).ConfigureAwait(false);
    }

    /// <summary>The instance's lock and the instance read under it; the lock is released if the read fails.</summary>
    private async ValueTask<LockedInstance> LockAndLoadAsync(string instanceId, CancellationToken cancellationToken)
    {
        if (locks is ILoadingInstanceLocks loading)
        {
            return await loading.AcquireAndLoadAsync(instanceId, cancellationToken).ConfigureAwait(false);
        }

        var held = await locks.AcquireAsync(instanceId, cancellationToken).ConfigureAwait(false);
        try
        {
            return new LockedInstance(held, await store.LoadAsync(instanceId, cancellationToken).ConfigureAwait(false));
        }
        catch
        {
            await held.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    private async ValueTask<Interpreter> NewRunAsync(LoadedInstance loaded, DateTimeOffset now, Actor? actor, CancellationToken cancellationToken)
    {
        var definition = await definitions.GetAsync(loaded.Instance.DefinitionId, cancellationToken).ConfigureAwait(false);
        return new Interpreter(definition, services, new RunChangeSet(loaded.Instance, loaded.Bookmarks, now), actor);
    }

    private RunResult Refused(RunStatus status, Refusal refusal, string? instanceId, string operation)
    {
        EngineLog.Refused(log, instanceId, operation, refusal.Code.Value);
        return RunResult.Refused(status, refusal, instanceId);
    }
}
