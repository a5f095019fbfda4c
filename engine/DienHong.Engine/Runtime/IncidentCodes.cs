using DienHong.Engine.Resources;

namespace DienHong.Engine.Runtime;

/// <summary>The codes of incidents (mã sự cố) the engine raises; the table of every code is in <c>docs/refusals.md</c>.</summary>
public static class IncidentCodes
{
    /// <summary>An expression failed or hit a sandbox limit: {0} the expression, {1} the reason.</summary>
    public static readonly MessageCode ExpressionFailed = Code("expression.failed", nameof(RuntimeMessages.ExpressionFailed));

    /// <summary>An activity threw: {0} the exception's type, {1} its message.</summary>
    public static readonly MessageCode ActivityException = Code("activity.exception", nameof(RuntimeMessages.ActivityException));

    /// <summary>An activity reported a failure in its own words: {0}.</summary>
    public static readonly MessageCode ActivityFaulted = Code("activity.faulted", nameof(RuntimeMessages.ActivityFaulted));

    /// <summary>An activity waited without a bookmark: {0} its type.</summary>
    public static readonly MessageCode WaitWithoutBookmark = Code("activity.wait-without-bookmark", nameof(RuntimeMessages.WaitWithoutBookmark));

    /// <summary>An outcome that no edge takes and no <c>ends</c> names: {0} the node, {1} the outcome.</summary>
    public static readonly MessageCode UnroutedOutcome = Code("outcome.unrouted", nameof(RuntimeMessages.UnroutedOutcome));

    /// <summary>The default outcome of a node whose edges all name outcomes: {0} the node.</summary>
    public static readonly MessageCode UnroutedDefaultOutcome = Code("outcome.unrouted-default", nameof(RuntimeMessages.UnroutedDefaultOutcome));

    /// <summary>The run spent its step budget: {0} the steps, {1} the loop.</summary>
    public static readonly MessageCode StepBudgetExceeded = Code("run.step-budget", nameof(RuntimeMessages.StepBudgetExceeded));

    /// <summary>A waiting activity was resumed but does not handle resumes: {0} the node, {1} its type.</summary>
    public static readonly MessageCode ResumeUnhandled = Code("activity.resume-unhandled", nameof(RuntimeMessages.ResumeUnhandled));

    /// <summary>An activity tried a phase change its table does not allow: {0} the node, {1} the phase, {2} the phase asked for.</summary>
    public static readonly MessageCode IllegalTransition = Code("activity.illegal-transition", nameof(RuntimeMessages.IllegalTransition));

    /// <summary>A date property gave something that is not a date: {0} the node, {1} the property, {2} the value.</summary>
    public static readonly MessageCode DateInvalid = Code("activity.date", nameof(RuntimeMessages.DateInvalid));

    /// <summary>An assignee expression gave nobody: {0} the node, {1} the expression.</summary>
    public static readonly MessageCode AssigneeEmpty = Code("assignee.empty", nameof(RuntimeMessages.AssigneeEmpty));

    private static readonly Dictionary<string, MessageCode> ByValue =
        new[]
        {
            ExpressionFailed, ActivityException, ActivityFaulted, WaitWithoutBookmark, UnroutedOutcome, UnroutedDefaultOutcome, StepBudgetExceeded,
            ResumeUnhandled, IllegalTransition, DateInvalid, AssigneeEmpty,
        }
            .ToDictionary(c => c.Value, StringComparer.Ordinal);

    public static MessageCode? Find(string value) => ByValue.GetValueOrDefault(value);

    private static MessageCode Code(string value, string resource) => new(value, RuntimeMessages.ResourceManager, resource);
}
