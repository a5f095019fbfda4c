namespace DienHong.Web.Application.Designer.DryRun;

/// <summary>
/// What a dry run did (kết quả chạy thử): the case's agency, its status and outcome at the end, whether every
/// expectation held, the steps in order, the path (the nodes the case passed, in the order it first reached them: a
/// loop does not repeat them), and why the run was stopped early by its time budget, if it was.
/// </summary>
public sealed record DryRunResult(string? Agency, string Status, string? Outcome, bool Passed, IReadOnlyList<DryRunStep> Steps, IReadOnlyList<string> Path)
{
    public string? Stopped { get; init; }

    /// <summary>The node ids the journal of <paramref name="steps"/> names, in the order it first names them.</summary>
    public static IReadOnlyList<string> PathOf(IEnumerable<DryRunStep> steps)
    {
        ArgumentNullException.ThrowIfNull(steps);
        return [.. steps.SelectMany(s => s.Journal).Select(j => j.NodeId).OfType<string>().Distinct()];
    }
}
