namespace DienHong.Web.Application.Designer.DryRun;

/// <summary>
/// What a dry run did (kết quả chạy thử): the case's agency, its status and outcome at the end, whether every
/// expectation held, the steps in order, the path (node ids in the order the case passed them), and why the run was
/// stopped early by its time budget, if it was.
/// </summary>
public sealed record DryRunResult(string? Agency, string Status, string? Outcome, bool Passed, IReadOnlyList<DryRunStep> Steps, IReadOnlyList<string> Path)
{
    public string? Stopped { get; init; }

    /// <summary>The node ids the journal of <paramref name="steps"/> names, in order, a node repeated only after another one.</summary>
    public static IReadOnlyList<string> PathOf(IEnumerable<DryRunStep> steps)
    {
        ArgumentNullException.ThrowIfNull(steps);
        var path = new List<string>();
        foreach (var id in steps.SelectMany(s => s.Journal).Select(j => j.NodeId).OfType<string>())
        {
            if (path.Count == 0 || path[^1] != id)
            {
                path.Add(id);
            }
        }

        return path;
    }
}
