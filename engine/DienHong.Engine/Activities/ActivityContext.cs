using System.Text.Json;
using System.Text.Json.Nodes;
using DienHong.Calendar;
using DienHong.Engine.Expressions;
using DienHong.Engine.Runtime;
using DienHong.Engine.Storage;

namespace DienHong.Engine.Activities;

/// <summary>What an activity sees while its node runs: the instance, the node, variables, clock, calendar and journal.</summary>
public sealed class ActivityContext
{
    private readonly Interpreter run;

    internal ActivityContext(Interpreter run, CompiledNode node, string nodeInstanceId, ResumeInput? input)
    {
        this.run = run;
        Node = node;
        NodeInstanceId = nodeInstanceId;
        Input = input;
    }

    public string InstanceId => run.Changes.InstanceId;

    public string? Agency => run.Changes.Agency;

    public string? CorrelationKey => run.Changes.CorrelationKey;

    public CompiledNode Node { get; }

    public string NodeId => Node.Id;

    /// <summary>This execution of the node; its bookmarks and state are keyed by it.</summary>
    public string NodeInstanceId { get; }

    /// <summary>The resume input, when the node is being resumed.</summary>
    public ResumeInput? Input { get; }

    public DateTimeOffset Now => run.Now;

    public IWorkingCalendar Calendar => run.Services.Calendar;

    public IServiceProvider Services => run.Services.Provider;

    /// <summary>Who acts: the person of the resume input, the system for a wake-up, or who started or cancelled the run.</summary>
    public Actor? By => run.Actor;

    /// <summary>The id of <see cref="By"/>, as the journal keeps it (<c>"system"</c> for the system).</summary>
    public string? Actor => By?.Id;

    public JsonObject Variables => run.Changes.Variables;

    /// <summary>State kept for this node instance across resumes (e.g. counts of a parallel review).</summary>
    public JsonObject State => run.Changes.NodeState(NodeInstanceId);

    /// <summary>The open bookmarks of this node instance.</summary>
    public IReadOnlyList<BookmarkRecord> Bookmarks => run.Changes.OpenOf(NodeInstanceId);

    public void SetVariable(string name, JsonNode? value) => run.Changes.SetVariable(name, value);

    /// <summary>Evaluates a property value: a literal as itself, an expression in the sandbox.</summary>
    public JsonNode? Evaluate(JsonElement value, JsonNode? item = null)
    {
        if (ExpressionText.IsExpression(value))
        {
            return EvaluateExpression(value.GetString()!, item);
        }

        return value.ValueKind == JsonValueKind.String
            ? JsonValue.Create(ExpressionText.Literal(value.GetString()!))
            : JsonNode.Parse(value.GetRawText());
    }

    /// <summary>Evaluates an expression of this definition (with its leading <c>=</c>), e.g. one nested in a property.</summary>
    public JsonNode? EvaluateExpression(string source, JsonNode? item = null) =>
        run.Services.Sandbox.Evaluate(run.Definition.Expression(source), new ExpressionScope(Variables, Input?.Data, Now, item));

    /// <summary>A duration property as a duration: the literal, or its expression evaluated now.</summary>
    public Duration Resolve(DurationValue value)
    {
        if (value.Literal is { } literal)
        {
            return literal;
        }

        var evaluated = EvaluateExpression(value.Expression!);
        return DurationJson.TryRead(evaluated, out var duration, out var problem)
            ? duration
            : throw new ExpressionException(value.Expression!, problem ?? DurationJson.Expected);
    }

    /// <summary>The deadline of a duration property counted from now on the working calendar.</summary>
    public Deadline Deadline(DurationValue value) => Calendar.Add(Now, Resolve(value));

    /// <summary>
    /// The date or date-time a property's value gives (literal or expression), null when there is none. One written
    /// without a UTC offset, or a bare date, is a time of the calendar's zone (Vietnam's), never UTC; anything else
    /// faults the node with <c>activity.date</c> naming <paramref name="name"/>.
    /// </summary>
    public DateTimeOffset? Instant(JsonElement? value, string name)
    {
        if (value is not { } v || Evaluate(v) is not { } evaluated)
        {
            return null;
        }

        var text = evaluated.ToString();
        return LocalTime.TryParse(text, Calendar.TimeZone, out var instant)
            ? instant
            : throw new ActivityFaultException(new Failure(IncidentCodes.DateInvalid, [NodeId, name, text]));
    }

    /// <summary>Writes a journal entry for this node.</summary>
    public void Journal(string @event, string? outcome = null, string? comment = null, JsonNode? data = null) =>
        run.Changes.Append(NodeId, @event, Actor, outcome, comment, data?.ToJsonString());

    /// <summary>
    /// Writes a journal entry with no actor, for an anonymous submission (an opinion, an objection): the entry and
    /// the chain hash must keep no trace of who made it.
    /// </summary>
    public void JournalAnonymously(string @event, string? outcome = null, string? comment = null, JsonNode? data = null) =>
        run.Changes.Append(NodeId, @event, null, outcome, comment, data?.ToJsonString());

    /// <summary>
    /// Marks this node's state as holding secrets (e.g. an anonymous window's voices), or releases them once they
    /// are erased from it. While an instance holds secrets, every run on it overwrites what it deletes or replaces;
    /// the run that releases them also empties the write-ahead log, so no old copy survives in the database files.
    /// </summary>
    public void HoldSecrets(bool held) => run.Changes.HoldSecrets(NodeInstanceId, held);

    /// <summary>This node instance's typed state, read from its stored JSON (a new one when it has none yet).</summary>
    internal TState LoadState<TState>()
        where TState : class, new() =>
        State.Count == 0 ? new TState() : State.Deserialize<TState>(StateJson.Options) ?? new TState();

    /// <summary>Stores the typed state as this node instance's JSON, keeping the engine's own marks (secrets held).</summary>
    internal void SaveState<TState>(TState state)
        where TState : class
    {
        var stored = State;
        foreach (var key in stored.Select(p => p.Key).Where(k => k != InstanceState.SecretsKey).ToList())
        {
            stored.Remove(key);
        }

        foreach (var (key, value) in JsonSerializer.SerializeToNode(state, StateJson.Options)!.AsObject().ToList())
        {
            stored[key] = value?.DeepClone();
        }
    }
}
