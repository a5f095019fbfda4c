using DienHong.Engine.Activities;
using DienHong.Engine.Definitions;

namespace DienHong.Workflows.Activities;

/// <summary>
/// A Vote node's configuration, read once per definition version. The electorate is a fixed list of user ids
/// (<see cref="Members"/>), an expression giving one (<see cref="MembersExpression"/>), or a role
/// (<see cref="Role"/>) whose members come from the organisation directory, or, without one, whose member count is
/// <see cref="Size"/> (a number or an expression).
/// </summary>
public sealed record VoteConfig(
    IReadOnlyList<string>? Members,
    string? MembersExpression,
    string? Role,
    decimal? Size,
    string? SizeExpression,
    VoteFraction? Quorum,
    VoteThreshold Threshold,
    bool Secret,
    string Tie,
    string? Chair,
    DurationValue? Deadline,
    bool Reconvene,
    string? ResultVariable)
{
    public const string Yes = "yes";
    public const string No = "no";
    public const string Abstain = "abstain";
    public const string TieFail = "fail";
    public const string TieChair = "chair";

    public static readonly IReadOnlyList<string> Choices = [Yes, No, Abstain];

    /// <summary>An electorate given by role: <c>{ "role" }</c>.</summary>
    public static readonly ObjectShape ElectorateShape = new("voteElectorate", [new("role", PropertyKind.Text)]);

    /// <summary>A quorum: <c>{ "fraction": share }</c> of the members.</summary>
    public static readonly ObjectShape QuorumShape = new("voteQuorum", [new("fraction", PropertyKind.Value)]);
}
