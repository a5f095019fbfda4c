using DienHong.Calendar;

namespace DienHong.Web.Application.Voices;

/// <summary>
/// A ballot (biểu quyết) as a list shows it: where it is, until when, how many members, whether it is secret, its
/// quorum, its questions (null for a one-question ballot), the choices, whether the signed-in person may vote now, and
/// whether they already cast their ballot (then they may not vote again).
/// </summary>
public sealed record VoteItem(
    string Id,
    string InstanceId,
    string NodeId,
    LocalizedText NodeName,
    string WorkflowKey,
    LocalizedText WorkflowName,
    string? Agency,
    string? CorrelationKey,
    VoiceState State,
    DateTimeOffset OpenedAt,
    DateTimeOffset? DueAt,
    int Members,
    bool Secret,
    string? Quorum,
    IReadOnlyList<BallotQuestion>? Questions,
    IReadOnlyList<string> Choices,
    bool CanVote,
    bool AlreadyVoted);
