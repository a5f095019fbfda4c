namespace DienHong.Engine.Runtime;

/// <summary>An edge resolved to node indexes.</summary>
internal sealed record CompiledEdge(int Index, int From, int To, string? Outcome)
{
    public bool Follows(IReadOnlyList<string> outcomes) => Outcome is null || outcomes.Contains(Outcome);
}
