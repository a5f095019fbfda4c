namespace DienHong.Engine.Runtime;

/// <summary>Outcome names the engine gives meaning to.</summary>
public static class Outcomes
{
    /// <summary>Any node may route its failure along an edge with this outcome instead of raising an incident.</summary>
    public const string Faulted = "Faulted";
}
