namespace DienHong.Workflows.Activities;

/// <summary>
/// What an open ballot keeps: the member count and list, who voted, the counts, and for an open ballot each
/// member's choice. A secret ballot keeps no choice by voter, only the chair's own when the chair decides a tie.
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
}
