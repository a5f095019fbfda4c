namespace DienHong.Engine.Runtime;

/// <summary>
/// When a Join (hợp nhánh) fires: <c>all</c> live inbound branches, the first (<c>any</c>), at least k, or a
/// majority of its inbound edges. A branch that can no longer arrive is not waited for.
/// </summary>
internal sealed record JoinPolicy(JoinPolicyKind Kind, int AtLeast = 0)
{
    public static readonly JoinPolicy All = new(JoinPolicyKind.All);

    /// <summary>How many distinct inbound edges must arrive before the join fires on its own.</summary>
    public int Threshold(int inbound) => Kind switch
    {
        JoinPolicyKind.All => inbound,
        JoinPolicyKind.Any => 1,
        JoinPolicyKind.AtLeast => Math.Min(AtLeast, inbound),
        _ => (inbound / 2) + 1,
    };

    /// <summary>Whether firing cancels the branches that have not arrived (every policy but <c>all</c>).</summary>
    public bool CancelsRest => Kind != JoinPolicyKind.All;
}
