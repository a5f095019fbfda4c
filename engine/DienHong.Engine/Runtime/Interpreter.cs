using System.Text.Json.Nodes;
using DienHong.Engine.Activities;
using DienHong.Engine.Journal;
using DienHong.Engine.Storage;

namespace DienHong.Engine.Runtime;

/// <summary>
/// The interpreter (bộ thông dịch) of one run over one instance: it applies a start, resume, cancel or retry, runs
/// tokens through nodes until nothing more can run without outside input, and writes every effect into its
/// <see cref="RunChangeSet"/>. It never touches storage, locks or jobs.
/// </summary>
internal sealed partial class Interpreter(CompiledDefinition definition, EngineServices services, RunChangeSet changes, Actor? actor)
{
    private readonly Queue<(int Node, int Edge)> queue = new();
    private readonly StepBudget budget = new(services.Options.MaxStepsPerRun);

    public CompiledDefinition Definition { get; } = definition;

    public EngineServices Services { get; } = services;

    public RunChangeSet Changes { get; } = changes;

    /// <summary>Who started this run; a resume's own input may name someone else for the resumed node.</summary>
    public Actor? Actor { get; } = actor;

    public DateTimeOffset Now => Changes.Now;

    /// <summary>How many nodes the run executed.</summary>
    public int Steps => budget.Steps;

    private InstanceStatus Status
    {
        get => Changes.Status;
        set => Changes.Status = value;
    }

    public void Start(JsonObject? input)
    {
        Changes.InitVariables(InputBinder.Bind(Definition.Definition, input, Actor));
        Append(null, JournalEvents.InstanceStarted, null, null, input?.ToJsonString());
        queue.Enqueue((Definition.Start.Index, -1));
        Drive();
    }

    public void Resume(BookmarkRecord bookmark, ResumeInput input)
    {
        Status = InstanceStatus.Running;
        var node = Definition.Node(bookmark.NodeId);
        if (ActionGate.Check(node, bookmark, input) is { } refused)
        {
            throw new RunRejectedException(refused);
        }

        var context = new ActivityContext(this, node, bookmark.NodeInstanceId, input);
        var result = Invoke(() => node.Activity.Resume(context, new ResumeContext(bookmark, input)));
        Apply(node, bookmark.NodeInstanceId, result, bookmark, input, (node.Index, -1));
        Drive();
    }

    /// <summary>Withdraws one wait (cancel task, WCP-19); the rest of the instance goes on.</summary>
    public void CancelBookmark(BookmarkRecord bookmark, string? reason)
    {
        // A faulted instance stays faulted (its pending work waits for a retry); the others run on.
        if (Status != InstanceStatus.Faulted)
        {
            Status = InstanceStatus.Running;
        }

        foreach (var b in Changes.OpenOf(bookmark.NodeInstanceId))
        {
            Changes.Remove(b);
        }

        Changes.State.NodeStates.Remove(bookmark.NodeInstanceId);
        Append(bookmark.NodeId, JournalEvents.NodeCancelled, null, reason, null);
        Drive();
    }

    /// <summary>Cancels the whole case (WCP-20): every open wait is closed.</summary>
    public void CancelInstance(string? reason)
    {
        CloseAll();
        Append(null, JournalEvents.InstanceCancelled, null, reason, null);
        Status = InstanceStatus.Cancelled;
    }

    /// <summary>Runs again what a fault left pending.</summary>
    public void Retry()
    {
        Status = InstanceStatus.Running;
        Append(null, JournalEvents.InstanceRetried, null, null, null);
        foreach (var token in Changes.State.Pending)
        {
            queue.Enqueue((Definition.Node(token.Node).Index, token.Edge));
        }

        Changes.State.Pending.Clear();
        Drive();
    }

    /// <summary>A journal entry by the run's actor.</summary>
    private void Append(string? node, string @event, string? outcome, string? comment, string? data) =>
        Changes.Append(node, @event, Actor?.Id, outcome, comment, data);

    /// <summary>Runs tokens until none is left, fires joins that nothing more can reach, and settles the status.</summary>
    private void Drive()
    {
        while (Status == InstanceStatus.Running)
        {
            while (Status == InstanceStatus.Running && queue.TryDequeue(out var token))
            {
                if (!budget.Take(token.Node))
                {
                    OverBudget(token);
                    break;
                }

                Step(token.Node, token.Edge);
            }

            if (Status != InstanceStatus.Running || !FireStalledJoin())
            {
                break;
            }
        }

        if (Status != InstanceStatus.Running)
        {
            return;
        }

        if (Changes.Open.Count == 0 && !Changes.HasState)
        {
            // Implicit termination (WCP-11): nothing is left to wait for.
            Append(null, JournalEvents.InstanceCompleted, Changes.Outcome, null, null);
            Status = InstanceStatus.Completed;
        }
        else
        {
            Status = InstanceStatus.Suspended;
        }
    }

    private void Step(int nodeIndex, int edge)
    {
        var node = Definition.Nodes[nodeIndex];
        if (node.Role == NodeRole.Join)
        {
            Arrive(node, edge);
            return;
        }

        var nodeInstanceId = Ids.New();
        var context = new ActivityContext(this, node, nodeInstanceId, null);
        var result = Invoke(() => node.Activity.Execute(context));
        Apply(node, nodeInstanceId, result, null, null, (nodeIndex, edge));
    }

    private void Apply(CompiledNode node, string nodeInstanceId, ActivityResult result, BookmarkRecord? resumed, ResumeInput? input, (int Node, int Edge) token)
    {
        switch (result)
        {
            case ActivityResult.Completed completed:
                CloseNodeInstance(node, nodeInstanceId, resumed);
                if (node.Role != NodeRole.Start)
                {
                    Append(node.Id, completed.Event ?? JournalEvents.NodeCompleted,
                        completed.Outcomes.Count == 0 ? null : string.Join(",", completed.Outcomes), completed.Comment ?? input?.Comment, completed.Data);
                }

                Route(node, completed.Outcomes, token);
                break;
            case ActivityResult.Waiting waiting:
                if (resumed is not null && !waiting.KeepResumed)
                {
                    Changes.Remove(resumed);
                }
                else if (resumed is not null && waiting.Change is { } change)
                {
                    Changes.Change(resumed, change);
                }

                foreach (var request in waiting.Bookmarks)
                {
                    Changes.Add(node.Id, nodeInstanceId, request);
                    Changes.Append(node.Id, request.Event ?? JournalEvents.Waiting, request.Anonymous ? null : Actor?.Id, null, null, JournalData.Wait(request));
                }

                if (Changes.OpenOf(nodeInstanceId).Count == 0)
                {
                    Fault(node, nodeInstanceId, resumed, new Failure(IncidentCodes.WaitWithoutBookmark, [node.Definition.Type]), token);
                }

                break;
            case ActivityResult.Faulted faulted:
                Fault(node, nodeInstanceId, resumed, faulted.Failure, token);
                break;
            case ActivityResult.Terminated terminated:
                End(node, terminated.InstanceOutcome);
                break;
            case ActivityResult.Rejected rejected:
                throw new RunRejectedException(rejected.Refusal);
        }
    }

    private static ActivityResult Invoke(Func<ActivityResult> activity)
    {
        try
        {
            return activity();
        }
        catch (RunRejectedException)
        {
            throw;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return ActivityResult.Fault(Failure.Of(e));
        }
    }
}
