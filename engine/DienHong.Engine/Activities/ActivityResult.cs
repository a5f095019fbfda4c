using DienHong.Engine.Runtime;

namespace DienHong.Engine.Activities;

/// <summary>What a node did: completed with outcomes, waits on bookmarks, ended the instance, or failed.</summary>
public abstract record ActivityResult
{
    private static readonly Completed DefaultCompletion = new([], null, null);

    /// <summary>Completes with the default outcome.</summary>
    public static ActivityResult Done() => DefaultCompletion;

    /// <summary>Completes with the given outcomes (several for a multi-choice).</summary>
    public static ActivityResult Outcome(params string[] outcomes) => new Completed(outcomes, null, null);

    public static ActivityResult Wait(params NewBookmark[] bookmarks) => new Waiting(bookmarks, false, null);

    /// <summary>A non-interrupting event: the resumed bookmark stays open (e.g. an objection to an open disclosure).</summary>
    public static ActivityResult KeepWaiting(params NewBookmark[] bookmarks) => new Waiting(bookmarks, true, null);

    /// <summary>The resumed bookmark stays open with a change (next reminder, new assignee).</summary>
    public static ActivityResult KeepWaiting(BookmarkChange change) => new Waiting([], true, change);

    /// <summary>Fails the node with a message in the activity's own words (kept as the argument of <c>activity.faulted</c>).</summary>
    public static ActivityResult Fault(string message) => new Faulted(Failure.Described(message));

    /// <summary>Fails the node with a coded failure, worded in each reader's language.</summary>
    public static ActivityResult Fault(Failure failure) => new Faulted(failure);

    /// <summary>The resume input is not acceptable; the run is abandoned and nothing changes.</summary>
    public static ActivityResult Reject(Refusal refusal) => new Rejected(refusal);

    /// <summary>Refuses with a code and its arguments, worded in each reader's language.</summary>
    public static ActivityResult Reject(MessageCode code, params object?[] args) => new Rejected(new Refusal(code, args));

    /// <summary>Ends the whole instance with an outcome, cancelling its open work.</summary>
    public static ActivityResult Terminate(string? outcome) => new Terminated(outcome);

    /// <summary>
    /// The node completed. <paramref name="Event"/> names the journal entry (default <c>NodeCompleted</c>);
    /// <paramref name="Data"/> is JSON kept with it (e.g. attachment references).
    /// </summary>
    public sealed record Completed(IReadOnlyList<string> Outcomes, string? Event, string? Comment, string? Data = null) : ActivityResult;

    public sealed record Waiting(IReadOnlyList<NewBookmark> Bookmarks, bool KeepResumed, BookmarkChange? Change) : ActivityResult;

    public sealed record Faulted(Failure Failure) : ActivityResult
    {
        public string Message => Failure.Message();
    }

    public sealed record Rejected(Refusal Refusal) : ActivityResult
    {
        public string Message => Refusal.Message();
    }

    public sealed record Terminated(string? InstanceOutcome) : ActivityResult;
}
