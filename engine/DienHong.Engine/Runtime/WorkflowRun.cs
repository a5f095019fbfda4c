using System.Text.Json.Nodes;
using DienHong.Engine.Activities;
using DienHong.Engine.Journal;
using DienHong.Engine.Storage;

namespace DienHong.Engine.Runtime;

/// <summary>
/// One engine run over one instance: it applies a start, resume or cancel, runs tokens until nothing more can run
/// without outside input, and collects everything it changed for a single commit. It never touches storage.
/// </summary>
internal sealed partial class WorkflowRun
{
    private readonly InstanceRecord instance;
    private readonly List<BookmarkRecord> open;
    private readonly List<BookmarkRecord> added = [];
    private readonly List<BookmarkRecord> removed = [];
    private readonly List<BookmarkRecord> updated = [];
    private readonly List<JournalEntry> journal = [];
    private readonly List<IncidentRecord> incidents = [];
    private readonly Queue<(int Node, int Edge)> queue = new();
    private readonly StepBudget budget;
    private InstanceState? state;
    private JsonObject? variables;
    private bool variablesChanged;
    private long seq;
    private string hash;
    private InstanceStatus status;
    private string? outcome;

    public WorkflowRun(CompiledDefinition definition, EngineServices services, InstanceRecord instance, IReadOnlyList<BookmarkRecord> bookmarks, DateTimeOffset now, string? actor)
    {
        Definition = definition;
        Services = services;
        this.instance = instance;
        open = [.. bookmarks];
        Now = now;
        Actor = actor;
        seq = instance.JournalSeq;
        hash = instance.JournalHash;
        status = instance.Status;
        outcome = instance.Outcome;
        budget = new StepBudget(services.Options.MaxStepsPerRun);
    }

    public CompiledDefinition Definition { get; }

    public EngineServices Services { get; }

    public DateTimeOffset Now { get; }

    public string? Actor { get; }

    public string InstanceId => instance.Id;

    public string? Agency => instance.Agency;

    public string? CorrelationKey => instance.CorrelationKey;

    public InstanceStatus Status => status;

    public JsonObject Variables => variables ??= JsonNode.Parse(instance.Variables)!.AsObject();

    private InstanceState State => state ??= InstanceState.Parse(instance.State);

    private bool HasState => state is null ? instance.State != InstanceState.Empty : !state.IsEmpty;

    public static InstanceRecord NewInstance(CompiledDefinition definition, string? correlationKey, string? agency, DateTimeOffset now) =>
        new(Ids.New(), definition.Id, definition.Definition.Key, definition.Definition.Version, InstanceStatus.Running, null,
            correlationKey, agency, "{}", InstanceState.Empty, 0, JournalChain.Genesis, 0, now, now, null);

    public void Start(JsonObject? input)
    {
        variables = InputBinder.Bind(Definition.Definition.Variables, input);
        variablesChanged = true;
        Append(null, JournalEvents.InstanceStarted, Actor, null, null, input?.ToJsonString());
        queue.Enqueue((Definition.Start.Index, -1));
        Drive();
    }

    public void Resume(BookmarkRecord bookmark, ResumeInput input)
    {
        status = InstanceStatus.Running;
        var node = Definition.Node(bookmark.NodeId);
        var context = new ActivityContext(this, node, bookmark.NodeInstanceId, input);
        var result = Invoke(() => node.Activity.Resume(context, new ResumeContext(bookmark, input)));
        Apply(node, bookmark.NodeInstanceId, result, bookmark, input, (node.Index, -1));
        Drive();
    }

    /// <summary>Withdraws one wait (cancel task, WCP-19); the rest of the instance goes on.</summary>
    public void CancelBookmark(BookmarkRecord bookmark, string? reason)
    {
        // A faulted instance stays faulted (its pending work waits for a retry); the others run on.
        if (status != InstanceStatus.Faulted)
        {
            status = InstanceStatus.Running;
        }

        foreach (var b in OpenBookmarksOf(bookmark.NodeInstanceId))
        {
            Remove(b);
        }

        State.NodeStates.Remove(bookmark.NodeInstanceId);
        Append(bookmark.NodeId, JournalEvents.NodeCancelled, Actor, null, reason, null);
        Drive();
    }

    /// <summary>Cancels the whole case (WCP-20): every open wait is closed.</summary>
    public void CancelInstance(string? reason)
    {
        CloseAll();
        Append(null, JournalEvents.InstanceCancelled, Actor, null, reason, null);
        status = InstanceStatus.Cancelled;
    }

    /// <summary>Runs again what a fault left pending.</summary>
    public void Retry()
    {
        status = InstanceStatus.Running;
        Append(null, JournalEvents.InstanceRetried, Actor, null, null, null);
        foreach (var token in State.Pending)
        {
            queue.Enqueue((Definition.Node(token.Node).Index, token.Edge));
        }

        State.Pending.Clear();
        Drive();
    }

    public void SetVariable(string name, JsonNode? value)
    {
        Variables[name] = value;
        variablesChanged = true;
    }

    public JsonObject NodeState(string nodeInstanceId)
    {
        if (!State.NodeStates.TryGetValue(nodeInstanceId, out var s))
        {
            State.NodeStates[nodeInstanceId] = s = [];
        }

        return s;
    }

    public IReadOnlyList<BookmarkRecord> OpenBookmarksOf(string nodeInstanceId) =>
        open.Where(b => b.NodeInstanceId == nodeInstanceId).ToList();

    public IReadOnlyList<BookmarkRecord> OpenBookmarks => open;

    /// <summary>Marks a node state as holding secrets, or releases them.</summary>
    public void HoldSecrets(string nodeInstanceId, bool held)
    {
        if (held)
        {
            NodeState(nodeInstanceId)[InstanceState.SecretsKey] = true;
        }
        else
        {
            NodeState(nodeInstanceId).Remove(InstanceState.SecretsKey);
        }
    }

    public void Append(string? node, string @event, string? actor, string? outcomeText, string? comment, string? data)
    {
        seq++;
        var h = JournalChain.Hash(hash, instance.Id, seq, Now, node, @event, actor, outcomeText, comment, data);
        journal.Add(new JournalEntry(instance.Id, seq, Now, node, @event, actor, outcomeText, comment, data, h));
        hash = h;
    }

    public RunChanges ToChanges(bool isNew)
    {
        var ended = status is InstanceStatus.Completed or InstanceStatus.Cancelled;
        var record = instance with
        {
            Status = status,
            Outcome = outcome,
            Variables = variablesChanged ? Variables.ToJsonString() : instance.Variables,
            State = ended ? InstanceState.Empty : state is null ? instance.State : state.Serialize(),
            JournalSeq = seq,
            JournalHash = hash,
            RowVersion = instance.RowVersion + 1,
            UpdatedAt = Now,
            CompletedAt = ended ? Now : instance.CompletedAt,
        };
        // Secrets released by this run (the window closed, or the instance was cancelled with it) leave no old copy.
        var heldBefore = InstanceState.HoldsSecrets(instance.State);
        var heldAfter = InstanceState.HoldsSecrets(record.State);
        return new RunChanges(record, isNew, instance.RowVersion, added, removed, updated, journal, incidents, open)
        {
            Sensitive = heldBefore || heldAfter,
            Scrub = heldBefore && !heldAfter,
        };
    }

    private void Add(CompiledNode node, string nodeInstanceId, NewBookmark request)
    {
        var bookmark = new BookmarkRecord(Ids.New(), instance.Id, node.Id, nodeInstanceId, request.Kind, request.Key, request.Assignee,
            request.DueAt, request.WakeAt, null, request.PayloadJson ?? request.Payload?.ToJsonString(), Now);
        open.Add(bookmark);
        added.Add(bookmark);
    }

    private void Remove(BookmarkRecord bookmark)
    {
        open.Remove(bookmark);
        updated.RemoveAll(u => u.Id == bookmark.Id);
        if (!added.Remove(bookmark))
        {
            removed.Add(bookmark);
        }
    }

    /// <summary>Replaces the resumed bookmark by its changed self (a run resumes one stored bookmark, and changes it at most once).</summary>
    private void Change(BookmarkRecord bookmark, BookmarkChange change)
    {
        var next = bookmark with
        {
            WakeAt = change.ChangeWake ? change.WakeAt : bookmark.WakeAt,
            Assignee = change.Assignee ?? bookmark.Assignee,
            Payload = change.Payload?.ToJsonString() ?? bookmark.Payload,
        };
        open[open.IndexOf(bookmark)] = next;
        updated.Add(next);
    }

    /// <summary>
    /// Closes every open wait of an instance that is ending. Its run state needs no clearing: an ended instance is
    /// stored with none (<see cref="ToChanges"/>), and no token runs after the end.
    /// </summary>
    private void CloseAll()
    {
        foreach (var b in open.ToList())
        {
            Remove(b);
            Append(b.NodeId, JournalEvents.NodeCancelled, Actor, null, null, null);
        }
    }
}
