namespace DienHong.Engine.Runtime;

/// <summary>Who an actor is (loại người thực hiện): a person named by a request, or the engine itself.</summary>
public enum ActorKind
{
    /// <summary>A person (người dùng), named by the request that acts.</summary>
    Person,

    /// <summary>The engine's own wake-ups (timers, reminders, escalations) and the scheduler's launches.</summary>
    System,
}
