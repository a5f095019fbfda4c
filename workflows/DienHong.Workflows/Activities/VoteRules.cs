namespace DienHong.Workflows.Activities;

/// <summary>
/// How a ballot is decided, with no state of its own so it can be tested alone: the quorum is counted on the
/// attendees (those who voted) against the members; then the threshold; then the tie rule. A tie is
/// <c>yes = no</c> with at least one of each: under <c>tie: "chair"</c> the side the chair voted for wins
/// (recruitment councils, Decree 170/2025 Art. 8 and Decree 115/2020 Art. 8: majority, a tie follows the chair);
/// under <c>tie: "fail"</c> (the default) the threshold alone decides, and a tie cannot reach more than half.
/// </summary>
public static class VoteRules
{
    public const string Passed = "Passed";
    public const string Failed = "Failed";
    public const string NoQuorum = "NoQuorum";

    public static bool QuorumMet(VoteFraction? quorum, VoteCount count) => quorum?.IsMetBy(count.Attendees, count.Members) ?? true;

    /// <summary>The outcome, and whether the quorum was met; <paramref name="chairChoice"/> is the chair's vote if any.</summary>
    public static (string Outcome, bool QuorumMet) Decide(VoteFraction? quorum, VoteThreshold threshold, string tie, VoteCount count, string? chairChoice)
    {
        if (!QuorumMet(quorum, count))
        {
            return (NoQuorum, false);
        }

        var passed = threshold.IsPassedBy(count);
        if (tie == VoteConfig.TieChair && count.Yes == count.No && count.Yes > 0)
        {
            passed = chairChoice == VoteConfig.Yes;
        }

        return (passed ? Passed : Failed, true);
    }

    /// <summary>Whether the chair's vote decided: a tie under <c>tie: "chair"</c>, with the quorum met.</summary>
    public static bool TieDecidedByChair(string tie, bool quorumMet, VoteCount count) =>
        tie == VoteConfig.TieChair && quorumMet && count.Yes == count.No && count.Yes > 0;
}
