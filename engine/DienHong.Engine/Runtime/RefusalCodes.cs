using DienHong.Engine.Resources;

namespace DienHong.Engine.Runtime;

/// <summary>The engine's own refusal codes (mã từ chối); the table of every code is in <c>docs/refusals.md</c>.</summary>
public static class RefusalCodes
{
    public static readonly MessageCode DefinitionNotFound = Code("definition.not-found", nameof(RunMessages.NoPublishedDefinition));
    public static readonly MessageCode DefinitionNotPublished = Code("definition.not-published", nameof(RunMessages.NotPublished));
    public static readonly MessageCode InstanceNotFound = Code("instance.not-found", nameof(RunMessages.InstanceMissing));
    public static readonly MessageCode InstanceTampered = Code("instance.tampered", nameof(RunMessages.InstanceTampered));
    public static readonly MessageCode InstanceFaulted = Code("instance.faulted", nameof(RunMessages.InstanceFaulted));
    public static readonly MessageCode InstanceEnded = Code("instance.ended", nameof(RunMessages.InstanceEnded));
    public static readonly MessageCode InstanceNotFaulted = Code("instance.not-faulted", nameof(RunMessages.InstanceNotFaulted));
    public static readonly MessageCode InstanceConflict = Code("instance.conflict", nameof(RunMessages.Conflict));
    public static readonly MessageCode InstanceDuplicate = Code("instance.duplicate", nameof(RunMessages.DuplicateCorrelation));
    public static readonly MessageCode BookmarkNotOpen = Code("bookmark.not-open", nameof(RunMessages.BookmarkNotOpen));
    public static readonly MessageCode BookmarkConsumed = Code("bookmark.consumed", nameof(RunMessages.BookmarkResumed));
    public static readonly MessageCode BookmarkClosed = Code("bookmark.closed", nameof(RunMessages.BookmarkClosed));

    /// <summary>The caller of a decided resume declined it after reading the instance (its own reason is its own): {0} the bookmark.</summary>
    public static readonly MessageCode ResumeDeclined = Code("resume.declined", nameof(RunMessages.ResumeDeclined));
    public static readonly MessageCode InputInvalid = Code("input.invalid", nameof(RunMessages.InvalidInput));
    public static readonly MessageCode VariableRequired = Code("input.variable-required", nameof(RunMessages.VariableRequired));
    public static readonly MessageCode VariableType = Code("input.variable-type", nameof(RunMessages.VariableType));

    /// <summary>A start gave a variable it may not: {0} the variable (the process sets it, or it is filled from the starter).</summary>
    public static readonly MessageCode VariableNotInput = Code("input.variable-not-input", nameof(RunMessages.VariableNotInput));
    public static readonly MessageCode ActorRequired = Code("actor.required", nameof(RunMessages.ActorRequired));
    public static readonly MessageCode ActorReserved = Code("actor.reserved", nameof(RunMessages.ActorReserved));
    public static readonly MessageCode TimerByHand = Code("timer.not-completable", nameof(RunMessages.TimerByHand));
    public static readonly MessageCode SignalNoWake = Code("signal.no-wake", nameof(RunMessages.SignalNoWake));

    /// <summary>An action the task does not offer: {0} the node, {1} the action, {2} the actions offered.</summary>
    public static readonly MessageCode ActionUnknown = Code("action.unknown", nameof(RunMessages.ActionUnknown));

    /// <summary>An action's data lacks a key or has it of another kind: {0} the node, {1} the action, {2} the key, {3} the kind.</summary>
    public static readonly MessageCode ActionData = Code("action.data", nameof(RunMessages.ActionData));

    /// <summary>A task is not decided by an outcome, only acted on: {0} the node, {1} the actions offered.</summary>
    public static readonly MessageCode ActionRequired = Code("action.required", nameof(RunMessages.ActionRequired));

    /// <summary>An outcome the task does not offer: {0} the node, {1} the outcomes offered, {2} the outcome given.</summary>
    public static readonly MessageCode TaskOutcome = Code("task.outcome", nameof(RunMessages.TaskOutcome));

    /// <summary>A refusal given as text (<see cref="RunRejectedException(string)"/>), before it had a code.</summary>
    public static readonly MessageCode ActivityRejected = Code("activity.rejected", nameof(RunMessages.ActivityRejected));

    private static MessageCode Code(string value, string resource) => new(value, RunMessages.ResourceManager, resource);
}
