using System.Diagnostics;

namespace DienHong.Benchmarks.Http;

/// <summary>A process's CPU time (thời gian CPU): read at a start, then the time used since, per operation.</summary>
public sealed record Cpu(TimeSpan Used)
{
    public static Cpu Of(Process process)
    {
        process.Refresh();
        return new Cpu(process.TotalProcessorTime);
    }

    /// <summary>The CPU time <paramref name="process"/> used since this reading, divided over <paramref name="operations"/>.</summary>
    public Cpu Since(Process process, int operations) => new(operations == 0 ? TimeSpan.Zero : (Of(process).Used - Used) / operations);
}
