namespace DienHong.Engine.Storage;

/// <summary>
/// One run of a step (lần chạy của một bước), e.g. a consultation or a ballot: the journal entry that opened it
/// (<see cref="Seq"/>, <see cref="Event"/>, its <see cref="Data"/>), what it needs of its instance, and, while it
/// still waits, its open task (<see cref="OpenTask"/>). A run is still waiting when no later run of the same node
/// opened in the instance and the node has an open task. <see cref="InstanceState"/> is the instance's run state while
/// the run waits (null once it has ended), for what the waiting activity keeps (who has voted, see
/// the engine's ActivityStates).
/// </summary>
public sealed record StepRun(
    string InstanceId,
    long Seq,
    DateTimeOffset At,
    string NodeId,
    string Event,
    string? Data,
    string DefinitionId,
    string DefinitionKey,
    int DefinitionVersion,
    string? Agency,
    string? CorrelationKey,
    BookmarkRecord? OpenTask,
    string? InstanceState = null);
