using System.Text.Json.Nodes;
using DienHong.Engine.Activities;
using DienHong.Engine.Journal;
using DienHong.Engine.Storage;

namespace DienHong.Engine.Runtime;

/// <summary>
/// What one run changed (tập thay đổi của lượt chạy): the instance's status, outcome, variables and run state, its
/// bookmarks opened, changed and closed, the journal drafts (already chained) and the incidents. It alone knows how
/// to become the <see cref="RunChanges"/> the store commits; it runs nothing itself.
/// </summary>
internal sealed class RunChangeSet
{
    private readonly InstanceRecord instance;
    private readonly List<BookmarkRecord> open;
    private readonly List<BookmarkRecord> added = [];
    private readonly List<BookmarkRecord> removed = [];
    private readonly List<BookmarkRecord> updated = [];
    private readonly List<JournalEntry> journal = [];
    private readonly List<IncidentRecord> incidents = [];
    private InstanceState? state;
    private JsonObject? variables;
    private bool variablesChanged;
    private long seq;
    private string hash;

    public RunChangeSet(InstanceRecord instance, IReadOnlyList<BookmarkRecord> bookmarks, DateTimeOffset now)
    {
        this.instance = instance;
        open = [.. bookmarks];
        Now = now;
        seq = instance.JournalSeq;
        hash = instance.JournalHash;
        Status = instance.Status;
        Outcome = instance.Outcome;
    }

    public DateTimeOffset Now { get; }

    public string InstanceId => instance.Id;

    public string? Agency => instance.Agency;

    public string? CorrelationKey => instance.CorrelationKey;

    public InstanceStatus Status { get; set; }

    /// <summary>The instance outcome, set when the case ends with one.</summary>
    public string? Outcome { get; set; }

    public JsonObject Variables => variables ??= JsonNode.Parse(instance.Variables)!.AsObject();

    public InstanceState State => state ??= InstanceState.Parse(instance.State);

    public bool HasState => state is null ? instance.State != InstanceState.Empty : !state.IsEmpty;

    public IReadOnlyList<BookmarkRecord> Open => open;

    /// <summary>How many journal entries this run has drafted.</summary>
    public int JournalCount => journal.Count;

    public static InstanceRecord NewInstance(CompiledDefinition definition, string? correlationKey, string? agency, DateTimeOffset now) =>
        new(Ids.New(), definition.Id, definition.Definition.Key, definition.Definition.Version, InstanceStatus.Running, null,
            correlationKey, agency, "{}", InstanceState.Empty, 0, JournalChain.Genesis, 0, now, now, null);

    /// <summary>Sets the first variables of a new instance.</summary>
    public void InitVariables(JsonObject values)
    {
        variables = values;
        variablesChanged = true;
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

    /// <summary>Forgets a node instance's state, when there is any run state to forget it from.</summary>
    public void ForgetNodeState(string nodeInstanceId)
    {
        if (HasState)
        {
            State.NodeStates.Remove(nodeInstanceId);
        }
    }

    public IReadOnlyList<BookmarkRecord> OpenOf(string nodeInstanceId) =>
        open.Where(b => b.NodeInstanceId == nodeInstanceId).ToList();

    public void Add(string nodeId, string nodeInstanceId, NewBookmark request)
    {
        var bookmark = new BookmarkRecord(Ids.New(), instance.Id, nodeId, nodeInstanceId, request.Kind, request.Key, request.Assignee,
            request.DueAt, request.WakeAt, null, request.PayloadJson ?? request.Payload?.ToJsonString(), Now);
        open.Add(bookmark);
        added.Add(bookmark);
    }

    public void Remove(BookmarkRecord bookmark)
    {
        open.Remove(bookmark);
        updated.RemoveAll(u => u.Id == bookmark.Id);
        if (!added.Remove(bookmark))
        {
            removed.Add(bookmark);
        }
    }

    /// <summary>Replaces the resumed bookmark by its changed self (a run resumes one stored bookmark, and changes it at most once).</summary>
    public void Change(BookmarkRecord bookmark, BookmarkChange change)
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

    /// <summary>Drafts a journal entry, chained to the one before it.</summary>
    public void Append(string? node, string @event, string? actor, string? outcome, string? comment, string? data)
    {
        seq++;
        var h = JournalChain.Hash(hash, instance.Id, seq, Now, node, @event, actor, outcome, comment, data);
        journal.Add(new JournalEntry(instance.Id, seq, Now, node, @event, actor, outcome, comment, data, h));
        hash = h;
    }

    /// <summary>Records an incident at <paramref name="nodeId"/>; its message is kept in the engine's neutral language.</summary>
    public void AddIncident(string nodeId, Failure failure) =>
        incidents.Add(new IncidentRecord(Ids.New(), instance.Id, nodeId, failure.Message(System.Globalization.CultureInfo.InvariantCulture), Now)
        {
            Code = failure.Code.Value,
            ExceptionType = failure.ExceptionType,
            StackTrace = failure.StackTrace,
        });

    public RunChanges ToChanges(bool isNew)
    {
        var ended = Status is InstanceStatus.Completed or InstanceStatus.Cancelled;
        var record = instance with
        {
            Status = Status,
            Outcome = Outcome,
            Variables = variablesChanged ? Variables.ToJsonString() : instance.Variables,
            // An ended instance keeps no run state, even when this run never read it.
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
}
