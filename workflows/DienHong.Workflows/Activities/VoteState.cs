namespace DienHong.Workflows.Activities;

/// <summary>
/// What an open ballot keeps: the member count and list, who voted, the counts, and for an open ballot each
/// member's choice. A secret ballot keeps no choice by voter, only the chair's own when the chair decides a tie.
/// A ballot with several questions keeps a count per question instead of the single counts.
/// </summary>
public sealed record VoteState
{
    public int Members { get; set; }

    public List<string>? Electorate { get; set; }

    public List<string> Voters { get; set; } = [];

    public int Yes { get; set; }

    public int No { get; set; }

    public int Abstain { get; set; }

    public Dictionary<string, string>? Votes { get; set; }

    public string? Chair { get; set; }

    /// <summary>The questions of a ballot with several questions, in the order they are listed; null for one question.</summary>
    public List<VoteQuestion>? Questions { get; set; }

    /// <summary>The count of each question, by question id.</summary>
    public Dictionary<string, VoteTally>? Tallies { get; set; }

    /// <summary>The chair's own choice on each question, kept only when the chair decides a tie.</summary>
    public Dictionary<string, string>? ChairChoices { get; set; }
}
