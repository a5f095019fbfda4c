namespace DienHong.Web.Application.Voices;

/// <summary>
/// A closed ballot's result (kết quả biểu quyết): its outcome (<c>Passed</c>, <c>Failed</c>, <c>NoQuorum</c>; null
/// when the case ended before the count), how many voted of how many members, whether the quorum was met, the counts
/// (of the one question, or per question), and why it closed (<c>complete</c>, <c>deadline</c>, <c>close</c>).
/// </summary>
public sealed record VoteResult(
    string Id,
    string? Outcome,
    int Cast,
    int Members,
    bool QuorumMet,
    int Yes,
    int No,
    int Abstain,
    bool Passed,
    IReadOnlyList<QuestionResult>? Questions,
    string? ClosedBy,
    DateTimeOffset? ClosedAt);
