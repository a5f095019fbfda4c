namespace DienHong.Engine.Definitions;

/// <summary>
/// An edge (luồng) from a node's outcome to another node. Without an outcome the edge is followed whenever the
/// source completes, whatever its outcome.
/// </summary>
public sealed record EdgeDefinition(string From, string To, string? Outcome, int Index, int Line)
{
    public override string ToString() => Outcome is null ? $"{From} -> {To}" : $"{From} [{Outcome}] -> {To}";
}
