namespace DienHong.Engine.Journal;

/// <summary>
/// Every journal event name (tên sự kiện nhật ký), the engine's and the governance activities', in one place: the
/// journal stores them as they are, and readers (the command line's journal view) match on them.
/// </summary>
public static class JournalEvents
{
    /// <summary>The instance started (data: the start input).</summary>
    public const string InstanceStarted = "InstanceStarted";

    /// <summary>The case ended (outcome: the instance outcome).</summary>
    public const string InstanceCompleted = "InstanceCompleted";

    /// <summary>The whole case was cancelled (comment: the reason).</summary>
    public const string InstanceCancelled = "InstanceCancelled";

    /// <summary>An incident stopped the instance (data: the coded failure).</summary>
    public const string InstanceFaulted = "InstanceFaulted";

    /// <summary>An operator ran again what a fault left pending.</summary>
    public const string InstanceRetried = "InstanceRetried";

    /// <summary>A node completed (outcome: its outcomes).</summary>
    public const string NodeCompleted = "NodeCompleted";

    /// <summary>A node failed and its Faulted edges were taken (data: the coded failure).</summary>
    public const string NodeFaulted = "NodeFaulted";

    /// <summary>An open wait was withdrawn.</summary>
    public const string NodeCancelled = "NodeCancelled";

    /// <summary>A node waits (data: kind, key, assignee, due, wakeAt).</summary>
    public const string Waiting = "Waiting";

    /// <summary>A timer was set.</summary>
    public const string TimerStarted = "TimerStarted";

    /// <summary>A timer fired.</summary>
    public const string TimerFired = "TimerFired";

    /// <summary>A node waits for a signal.</summary>
    public const string SignalAwaited = "SignalAwaited";

    /// <summary>The signal arrived.</summary>
    public const string SignalReceived = "SignalReceived";

    /// <summary>A task was assigned.</summary>
    public const string TaskCreated = "TaskCreated";

    /// <summary>A task was decided.</summary>
    public const string TaskCompleted = "TaskCompleted";

    /// <summary>An overdue task was escalated (data: from, to).</summary>
    public const string TaskEscalated = "TaskEscalated";

    /// <summary>A group task was claimed (data: from, to).</summary>
    public const string TaskClaimed = "TaskClaimed";

    /// <summary>A task was delegated (data: from, to).</summary>
    public const string TaskDelegated = "TaskDelegated";

    /// <summary>A task was reassigned (data: from, to).</summary>
    public const string TaskReassigned = "TaskReassigned";

    /// <summary>A reminder went out (data: assignee, due).</summary>
    public const string ReminderSent = "ReminderSent";

    /// <summary>A parallel review closed (data: the counts).</summary>
    public const string ReviewCompleted = "ReviewCompleted";

    /// <summary>A disclosure was posted.</summary>
    public const string DisclosurePosted = "DisclosurePosted";

    /// <summary>A disclosure was posted late (data: postedAt, decisionDate, startWindow, workingDaysLate).</summary>
    public const string DisclosureLate = "DisclosureLate";

    /// <summary>The post-by task of a disclosure was given to its poster (data: assignee, due, channels).</summary>
    public const string DisclosurePostingDue = "DisclosurePostingDue";

    /// <summary>The poster confirmed that the disclosure was taken down at the end of its period (data: by, at, periodEnd, late).</summary>
    public const string DisclosureTakenDown = "DisclosureTakenDown";

    /// <summary>An objection to a disclosure is to be answered (data: objection, assignee, due).</summary>
    public const string ObjectionReplyDue = "ObjectionReplyDue";

    /// <summary>An objection was answered (data: objection, outcome upheld or dismissed, onTime, notified).</summary>
    public const string ObjectionAnswered = "ObjectionAnswered";

    /// <summary>A disclosure period closed.</summary>
    public const string DisclosureClosed = "DisclosureClosed";

    /// <summary>Opinions and objections are open.</summary>
    public const string OpinionBoxOpened = "OpinionBoxOpened";

    /// <summary>An opinion was received.</summary>
    public const string OpinionReceived = "OpinionReceived";

    /// <summary>An objection was received.</summary>
    public const string ObjectionReceived = "ObjectionReceived";

    /// <summary>The union reviews the objections.</summary>
    public const string UnionReviewCreated = "UnionReviewCreated";

    /// <summary>The union reviewed the objections.</summary>
    public const string UnionReviewCompleted = "UnionReviewCompleted";

    /// <summary>A consultation opened.</summary>
    public const string ConsultationOpened = "ConsultationOpened";

    /// <summary>The opinions were summarised.</summary>
    public const string SummaryCompiled = "SummaryCompiled";

    /// <summary>A response to the opinions is due.</summary>
    public const string ResponseRequested = "ResponseRequested";

    /// <summary>The response was disclosed.</summary>
    public const string ResponseDisclosed = "ResponseDisclosed";

    /// <summary>The response was given.</summary>
    public const string ResponseGiven = "ResponseGiven";

    /// <summary>A vote opened.</summary>
    public const string VoteOpened = "VoteOpened";

    /// <summary>A ballot was cast.</summary>
    public const string VoteCast = "VoteCast";

    /// <summary>The votes were counted.</summary>
    public const string VoteTallied = "VoteTallied";

    /// <summary>The vote closed (data: the counts).</summary>
    public const string VoteClosed = "VoteClosed";

    /// <summary>A notification was queued for sending.</summary>
    public const string NotificationQueued = "NotificationQueued";

    /// <summary>A definition version was published, in the definitions' journal (actor: who; data: version, replaces, changes, summary).</summary>
    public const string DefinitionPublished = "DefinitionPublished";
}
