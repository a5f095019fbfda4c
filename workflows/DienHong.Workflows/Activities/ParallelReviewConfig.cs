using DienHong.Engine.Activities;

namespace DienHong.Workflows.Activities;

/// <summary>
/// A ParallelReview node's configuration, read once per definition version: the reviewers (a fixed list, or an
/// expression giving user ids at run time), the outcomes a reviewer may choose and the completion policy.
/// </summary>
public sealed record ParallelReviewConfig(
    IReadOnlyList<Assignee> Reviewers,
    string? ReviewersExpression,
    IReadOnlyList<string> Outcomes,
    ParallelReviewCompletion Completion,
    string ApproveOutcome,
    string RejectOutcome,
    string? CountsVariable,
    DurationValue? Due);
