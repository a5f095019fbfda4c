using System.Text.Json.Nodes;
using DienHong.Engine.Runtime;
using DienHong.Engine.Storage;
using DienHong.Persistence;

namespace DienHong.Simulation;

/// <summary>
/// Runs a scenario (chạy thử kịch bản) of FORMAT.md §2 on a throw-away engine with a fake clock: imports the workflow
/// as published, starts it at the scenario's start time and plays the steps. Execution stops at the first failed
/// step; the result still reports the journal up to that point. Bad input throws <see cref="ScenarioException"/>.
/// </summary>
public static class ScenarioRunner
{
    /// <summary>The actor of the start and of steps without <c>by</c>.</summary>
    public const string DefaultActor = "scenario";

    public static async Task<SimulationResult> RunAsync(string path, CancellationToken cancellationToken = default)
    {
        var scenario = ScenarioReader.Load(path);
        await using var host = await SimulationHost.CreateAsync(scenario.Start, scenario.OrganizationPath, cancellationToken);
        try
        {
            await host.Definitions.ImportPublishedAsync(scenario.WorkflowJson, cancellationToken);
        }
        catch (DefinitionRejectedException e)
        {
            throw new ScenarioException(path, null, $"the workflow '{Path.GetFileName(scenario.WorkflowPath)}' is not valid:{Environment.NewLine}{e.Message}");
        }

        var failures = new List<string>();
        var started = await host.Engine.StartAsync(new StartRequest
        {
            DefinitionKey = scenario.Workflow.Key,
            Version = scenario.Workflow.Version,
            Input = scenario.Input?.DeepClone() as JsonObject,
            Agency = scenario.Agency,
            Actor = DefaultActor,
        }, cancellationToken);
        if (!started.Succeeded || started.InstanceId is null)
        {
            failures.Add($"start: the instance did not start: {started.Message}");
            return await ReportAsync(host, null, failures, cancellationToken);
        }

        foreach (var step in scenario.Steps)
        {
            failures.AddRange(await RunStepAsync(host, scenario.Agency, started.InstanceId, step, cancellationToken));
            if (failures.Count > 0)
            {
                break;
            }
        }

        return await ReportAsync(host, started.InstanceId, failures, cancellationToken);
    }

    private static async Task<IReadOnlyList<string>> RunStepAsync(SimulationHost host, string? agency, string instanceId, ScenarioStep step, CancellationToken cancellationToken)
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
                    return [$"step {step.Number}: by '{named}': nobody holds that role in '{agency}'"];
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
                return results.Count == 0
                    ? [$"step {step.Number}: signal '{step.Target}': no Signal node of the instance waits for it now"]
                    : results.Where(r => !r.Succeeded).Select(r => $"step {step.Number}: signal '{step.Target}' was refused: {r.Message}").ToList();
            case "advance":
                await AdvanceAsync(host, AdvanceTarget.Read(step.Value, out _)!, cancellationToken);
                return [];
            case "cancel":
                var cancelled = await host.Engine.CancelAsync(instanceId, step.Target, by, cancellationToken);
                return cancelled.Succeeded ? [] : [$"step {step.Number}: cancel was refused: {cancelled.Message}"];
            case "expect":
                return ExpectationChecker.Check(step, await SnapshotAsync(host, instanceId, cancellationToken));
            default:
                throw new InvalidOperationException($"Unknown step kind '{step.Kind}'.");
        }
    }

    private static async Task<IReadOnlyList<string>> CompleteAsync(SimulationHost host, string instanceId, ScenarioStep step, string by, CancellationToken cancellationToken)
    {
        var state = await SnapshotAsync(host, instanceId, cancellationToken);
        var tasks = state.Tasks.Where(b => b.NodeId == step.Target).ToList();
        if (tasks.Count == 0)
        {
            return [$"step {step.Number}: complete '{step.Target}': expected an open task at that node, found open tasks [{string.Join(", ", state.OpenTaskNodes)}] (status {state.Status})"];
        }

        var bookmark = PickFor(tasks, by, step.Text("by"));
        var input = new ResumeInput(by, step.Text("outcome"), step.Text("comment"), step.Body["data"]?.DeepClone() as JsonObject);
        var result = await host.Engine.ResumeAsync(bookmark.Id, input, instanceId, cancellationToken);
        return result.Succeeded ? [] : [$"step {step.Number}: complete '{step.Target}' with '{input.Outcome}' was refused: {result.Message}"];
    }

    /// <summary>An objection, an opinion or a vote: the node's open bookmark is resumed with that action.</summary>
    private static async Task<IReadOnlyList<string>> SubmitAsync(SimulationHost host, string instanceId, ScenarioStep step, string by, CancellationToken cancellationToken)
    {
        var state = await SnapshotAsync(host, instanceId, cancellationToken);
        var open = state.Bookmarks.Where(b => b.NodeId == step.Target).ToList();
        if (open.Count == 0)
        {
            return [$"step {step.Number}: {step.Kind} '{step.Target}': the node has no open activity that takes '{step.Kind}' yet (open: [{string.Join(", ", state.Bookmarks.Select(b => b.NodeId).Distinct())}], status {state.Status})"];
        }

        var data = new JsonObject();
        foreach (var name in new[] { "text", "anonymous", "choice" })
        {
            if (step.Body[name] is { } value)
            {
                data[name] = value.DeepClone();
            }
        }

        var result = await host.Engine.ResumeAsync(PickFor(open, by, step.Text("by")).Id, new ResumeInput(by, Data: data, Action: step.Kind), instanceId, cancellationToken);
        return result.Succeeded ? [] : [$"step {step.Number}: {step.Kind} '{step.Target}' was refused: {result.Message}"];
    }

    /// <summary>Moves the clock, firing every wake-up that falls due on the way at its own time, earliest first.</summary>
    private static async Task AdvanceAsync(SimulationHost host, AdvanceTarget advance, CancellationToken cancellationToken)
    {
        var target = advance.From(host.Clock.GetUtcNow(), SimulationHost.Calendar);
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

    private static async Task<InstanceSnapshot> SnapshotAsync(SimulationHost host, string instanceId, CancellationToken cancellationToken)
    {
        var now = host.Clock.GetUtcNow();
        var loaded = await host.Store.LoadAsync(instanceId, cancellationToken);
        return loaded is null ? InstanceSnapshot.NotStarted(now) : InstanceSnapshot.From(loaded, now);
    }

    private static async Task<SimulationResult> ReportAsync(SimulationHost host, string? instanceId, List<string> failures, CancellationToken cancellationToken)
    {
        if (instanceId is null)
        {
            return new SimulationResult("NotStarted", null, [], [], [], failures);
        }

        var state = await SnapshotAsync(host, instanceId, cancellationToken);
        var journal = (await host.JournalAsync(instanceId, cancellationToken))
            .Select(j => new JournalView(j.Seq, SimulationJson.Iso(DateTimeOffset.FromUnixTimeMilliseconds(j.At)), j.NodeId, j.Event, j.Actor, j.Outcome, j.Comment))
            .ToList();
        var open = state.Tasks.Select(b => new OpenTaskView(b.NodeId, b.Assignee, b.DueAt is { } d ? SimulationJson.Iso(d) : null)).ToList();
        return new SimulationResult(state.Status, state.Outcome, state.Vars, open, journal, failures) { EndedAt = host.Clock.GetUtcNow() };
    }
}
