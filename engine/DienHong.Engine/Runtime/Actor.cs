namespace DienHong.Engine.Runtime;

/// <summary>
/// Who takes a step (người thực hiện). A person comes from a request by id; the system is a value only the engine's
/// wake-ups and the scheduler can produce, so no string in a request or a scenario can stand for it. The journal
/// keeps the system's id, <c>"system"</c>, but nothing reads authority back from that text.
/// </summary>
public sealed record Actor
{
    /// <summary>The id the journal keeps for the system; a request may not use it as a person's id.</summary>
    public const string SystemId = "system";

    private Actor(ActorKind kind, string id)
    {
        Kind = kind;
        Id = id;
    }

    public ActorKind Kind { get; }

    /// <summary>The person's id, or <see cref="SystemId"/> for the system.</summary>
    public string Id { get; }

    public bool IsSystem => Kind == ActorKind.System;

    internal static Actor System { get; } = new(ActorKind.System, SystemId);

    public static Actor Person(string id)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        return new Actor(ActorKind.Person, id);
    }

    public override string ToString() => Id;
}
