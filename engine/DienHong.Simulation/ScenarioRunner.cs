using System.Text.Json.Nodes;
using DienHong.Engine.Activities;
using DienHong.Engine.Catalog;
using DienHong.Engine.Resources;
using DienHong.Engine.Runtime;
using DienHong.Engine.Storage;
using DienHong.Simulation.Resources;

namespace DienHong.Simulation;

/// <summary>
/// Runs a scenario (chạy thử kịch bản) of docs/format/scenarios.md on an engine with a fake clock: imports the workflow as
/// published, starts it at the scenario's start time and plays the steps. Execution stops at the first failed step;
/// the result still reports the journal up to that point. Bad input throws <see cref="ScenarioException"/>; a
/// calendar file problem met by a deadline throws its <see cref="Calendar.CalendarFileException"/>.
/// </summary>
public static class ScenarioRunner
{
    /// <summary>The actor of the start and of steps without <c>by</c>.</summary>
    public const string DefaultActor = "scenario";

    public static async Task<SimulationResult> RunAsync(string path, SimulationOptions options, CancellationToken cancellationToken = default) =>
        await RunAsync(ScenarioReader.Load(path), options, null, cancellationToken);

    /// <summary>
    /// Runs a scenario already read (e.g. by <see cref="ScenarioReader.Parse"/>), telling <paramref name="observe"/>
    /// what the start and each step did as soon as it is done, so a caller can show a run as it goes and keep what ran
    /// when <paramref name="cancellationToken"/> stops it.
    /// </summary>
    public static async Task<SimulationResult> RunAsync(Scenario scenario, SimulationOptions options, Func<ScenarioStepReport, ValueTask>? observe, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        var path = scenario.File;
        await using var host = await SimulationHost.CreateAsync(scenario.Start, options, scenario.Organization, cancellationToken);
        await ImportAsync(host, path, scenario, options, cancellationToken);
        var observer = new StepObserver(host, observe);
        var failures = new List<string>();
        var started = await host.Engine.StartAsync(new StartRequest
        {
            DefinitionKey = scenario.Workflow.Key,
            Version = scenario.Workflow.Version,
            Input = scenario.Input?.DeepClone() as JsonObject,
            Agency = scenario.Agency,
            Actor = scenario.StartedBy ?? DefaultActor,
        }, cancellationToken);
        ThrowIfCalendarBroken(host);
        if (!started.Succeeded || started.InstanceId is null)
        {
            failures.Add(Text.Format(ScenarioMessages.StartFailed, started.Message));
            await observer.TellAsync(null, null, failures, cancellationToken);
            return await ScenarioReport.CreateAsync(host, scenario, null, failures, cancellationToken);
        }

        await observer.TellAsync(null, started.InstanceId, [], cancellationToken);
        foreach (var step in scenario.Steps)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var stepFailures = await RunStepAsync(host, path, scenario.Agency, started.InstanceId, step, cancellationToken);
            ThrowIfCalendarBroken(host);
            await observer.TellAsync(step, started.InstanceId, stepFailures, cancellationToken);
            failures.AddRange(stepFailures.Select(f => Text.Format(ScenarioMessages.Step, step.Number, f)));
            if (failures.Count > 0)
            {
                break;
            }
        }

        return await ScenarioReport.CreateAsync(host, scenario, started.InstanceId, failures, cancellationToken);
    }

    private static async Task ImportAsync(SimulationHost host, string path, Scenario scenario, SimulationOptions options, CancellationToken cancellationToken)
    {
        // Validated against its own path first, so every error names the workflow file and the line.
        var report = host.Validator.Validate(scenario.WorkflowPath, scenario.WorkflowJson);
        if (!report.IsValid)
        {
            var errors = string.Join(Environment.NewLine, report.Errors.Select(e => e.ToString()));
            throw new ScenarioException(path, null, Text.Format(ScenarioMessages.WorkflowInvalid, Path.GetFileName(scenario.WorkflowPath)) + Environment.NewLine + errors);
        }

        try
        {
            await host.Definitions.ImportPublishedAsync(scenario.WorkflowJson, DefinitionCatalog.SystemActor, cancellationToken);
        }
        catch (InvalidOperationException) when (options.KeepDatabase is not null)
        {
            // A kept database already holds this key and version with another text.
            throw new ScenarioException(path, null, Text.Format(ScenarioMessages.WorkflowChanged, options.KeepDatabase, scenario.Workflow.Key, scenario.Workflow.Version));
        }
    }

    private static void ThrowIfCalendarBroken(SimulationHost host)
    {
        if (host.CalendarProblem is { } problem)
        {
            throw problem;
        }
    }

    /// <summary>The failures of one step, each without the step's number.</summary>
    private static async Task<IReadOnlyList<string>> RunStepAsync(SimulationHost host, string path, string? agency, string instanceId, ScenarioStep step, CancellationToken cancellationToken)
    {
        var by = step.Text("by") ?? DefaultActor;
        if (host.Assignees is { } assignees && agency is not null && step.Text("by") is { } named && !named.StartsWith("user:", StringComparison.Ordinal))
        {
            // With an organisation, a role of the scenario's agency stands for the person acting in it that day.
            if (Workflows.Organization.Roles.All.Contains(named))
            {
                var people = assignees.Resolve("role:" + named, agency, host.Clock.GetUtcNow());
                if (people.Count == 0)
                {
                    return [Text.Format(ScenarioMessages.ByNobody, named, agency)];
                }

                by = people[0];
            }
        }

        switch (step.Kind)
        {
            case "complete":
                return await CompleteAsync(host, instanceId, step, by, cancellationToken);
            case "object" or "opine" or "vote":
                return await SubmitAsync(host, instanceId, step, by, cancellationToken);
            case "signal":
                var results = await host.Engine.SignalAsync(step.Target!, step.Body["data"]?.DeepClone() as JsonObject, instanceId, by, cancellationToken);
                if (results.Count == 0)
                {
                    return [Text.Format(ScenarioMessages.SignalNoWaiter, step.Target)];
                }

                // Every waiter answers; without 'refused' each refusal is a failure, with it the first refusal is judged.
                return step.Refused is null
                    ? results.Where(r => !r.Succeeded).Select(r => Text.Format(ScenarioMessages.SignalRefused, step.Target, r.Message)).ToList()
                    : Judge(step, results.FirstOrDefault(r => !r.Succeeded) ?? results[0], m => Text.Format(ScenarioMessages.SignalRefused, step.Target, m));
            case "advance":
                var target = AdvanceTarget.Read(step.Value, out _)!.From(host.Clock.GetUtcNow(), host.Calendar)
                    ?? throw new ScenarioException(path, step.Number, Text.Format(ScenarioMessages.AdvanceTooFar, Calendar.VietnameseLunarCalendar.MaxYear));
                await AdvanceAsync(host, target, cancellationToken);
                return [];
            case "cancel":
                var cancelled = await host.Engine.CancelAsync(instanceId, step.Target, by, cancellationToken);
                return Judge(step, cancelled, m => Text.Format(ScenarioMessages.CancelRefused, m));
            default:
                var failures = ExpectationChecker.Check(step, await SnapshotAsync(host, instanceId, cancellationToken));
                if (step.Journal.Count > 0)
                {
                    failures.AddRange(ExpectationChecker.CheckJournal(step, await host.JournalAsync(instanceId, cancellationToken)));
                }

                return failures;
        }
    }

    private static async Task<IReadOnlyList<string>> CompleteAsync(SimulationHost host, string instanceId, ScenarioStep step, string by, CancellationToken cancellationToken)
    {
        var state = await SnapshotAsync(host, instanceId, cancellationToken);
        var tasks = state.Tasks.Where(b => b.NodeId == step.Target).ToList();
        if (tasks.Count == 0)
        {
            return [Text.Format(ScenarioMessages.CompleteNoTask, step.Target, string.Join(", ", state.OpenTaskNodes), state.Status)];
        }

        var bookmark = PickFor(tasks, by, step.Text("by"));
        var input = new ResumeInput(by, step.Text("outcome"), step.Text("comment"), step.Body["data"]?.DeepClone() as JsonObject);
        var result = await host.Engine.ResumeAsync(bookmark.Id, input, instanceId, cancellationToken);
        return Judge(step, result, m => Text.Format(ScenarioMessages.CompleteRefused, step.Target, input.Outcome, m));
    }

    /// <summary>An objection, an opinion or a vote: the node's open bookmark is resumed with that action.</summary>
    private static async Task<IReadOnlyList<string>> SubmitAsync(SimulationHost host, string instanceId, ScenarioStep step, string by, CancellationToken cancellationToken)
    {
        var state = await SnapshotAsync(host, instanceId, cancellationToken);
        var open = state.Bookmarks.Where(b => b.NodeId == step.Target).ToList();
        if (open.Count == 0)
        {
            return [Text.Format(ScenarioMessages.SubmitNoActivity, step.Kind, step.Target, string.Join(", ", state.Bookmarks.Select(b => b.NodeId).Distinct()), state.Status)];
        }

        var data = new JsonObject();
        foreach (var name in new[] { "text", "anonymous", "choice", "choices" })
        {
            if (step.Body[name] is { } value)
            {
                data[name] = value.DeepClone();
            }
        }

        // A node with several open tasks (a posting and the replies to its objections) takes the action on one that offers it.
        var offering = open.Where(b => TaskOffer.Read(b.Payload)?.Actions.Contains(step.Kind) == true).ToList();
        var target = PickFor(offering.Count > 0 ? offering : open, by, step.Text("by"));
        var result = await host.Engine.ResumeAsync(target.Id, new ResumeInput(by, Data: data, Action: step.Kind), instanceId, cancellationToken);
        return Judge(step, result, m => Text.Format(ScenarioMessages.SubmitRefused, step.Kind, step.Target, m));
    }

    /// <summary>
    /// The failures of an action the engine answered with <paramref name="result"/>: without <c>refused</c>, a refusal
    /// (worded by <paramref name="refusal"/>); with it, an acceptance or a refusal with another code.
    /// </summary>
    private static IReadOnlyList<string> Judge(ScenarioStep step, RunResult result, Func<string?, string> refusal)
    {
        if (step.Refused is not { } expected)
        {
            return result.Succeeded ? [] : [refusal(result.Message)];
        }

        if (result.Succeeded)
        {
            return [Text.Format(ScenarioMessages.RefusedAccepted, step.Kind, step.Target, expected)];
        }

        var actual = result.Refusal?.Code.Value;
        return actual == expected ? [] : [Text.Format(ScenarioMessages.RefusedOther, step.Kind, step.Target, expected, actual, result.Message)];
    }

    /// <summary>Moves the clock, firing every wake-up that falls due on the way at its own time, earliest first.</summary>
    private static async Task AdvanceAsync(SimulationHost host, DateTimeOffset target, CancellationToken cancellationToken)
    {
        var tried = new HashSet<(string, DateTimeOffset)>();
        while (true)
        {
            var due = (await host.Store.DueAsync(target, 1000, cancellationToken)).FirstOrDefault(d => !tried.Contains((d.BookmarkId, d.WakeAt)));
            if (due is null)
            {
                break;
            }

            tried.Add((due.BookmarkId, due.WakeAt));
            host.MoveClockTo(due.WakeAt);
            await host.Engine.FireDueAsync(due.WakeAt, cancellationToken);
        }

        host.MoveClockTo(target);
    }

    private static BookmarkRecord PickFor(List<BookmarkRecord> bookmarks, string by, string? named = null) =>
        bookmarks.FirstOrDefault(b => b.Assignee == by || b.Assignee == "role:" + by || b.Assignee == "user:" + by)
        ?? (named is null ? null : bookmarks.FirstOrDefault(b => b.Assignee == "role:" + named))
        ?? bookmarks[0];

    internal static async Task<InstanceSnapshot> SnapshotAsync(SimulationHost host, string instanceId, CancellationToken cancellationToken)
    {
        var now = host.Clock.GetUtcNow();
        var loaded = await host.Store.LoadAsync(instanceId, cancellationToken);
        return loaded is null ? InstanceSnapshot.NotStarted(now) : InstanceSnapshot.From(loaded, now);
    }
}
