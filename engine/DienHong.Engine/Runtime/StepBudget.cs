namespace DienHong.Engine.Runtime;

/// <summary>
/// The step budget (hạn mức bước) of one run: it counts node executions and remembers the last few, so that a run
/// stopped by it can name the loop it was caught in. Its memory is fixed, whatever the budget.
/// </summary>
internal sealed class StepBudget(int max)
{
    private const int Window = 64;
    private readonly int[] recent = new int[Window];

    public int Steps { get; private set; }

    /// <summary>Counts one execution of <paramref name="node"/>; false, counting nothing, once the budget is spent.</summary>
    public bool Take(int node)
    {
        if (Steps == max)
        {
            return false;
        }

        recent[Steps % Window] = node;
        Steps++;
        return true;
    }

    /// <summary>
    /// The loop the run was caught in, in the order it ran: the nodes executed since the previous execution of the
    /// last one; when the last node did not repeat within the remembered steps, the nodes executed most.
    /// </summary>
    public IReadOnlyList<int> Loop()
    {
        var count = Math.Min(Steps, Window);
        var history = Enumerable.Range(Steps - count, count).Select(i => recent[i % Window]).ToArray();
        var previous = Array.LastIndexOf(history[..^1], history[^1]);
        return previous >= 0
            ? history[(previous + 1)..].Distinct().ToList()
            : history.CountBy(n => n).OrderByDescending(c => c.Value).Select(c => c.Key).ToList();
    }
}
