using System.Diagnostics;

namespace DienHong.Benchmarks;

/// <summary>Optional latency breakdown per engine call (start, first resume, second resume), summed over instances.</summary>
public sealed class Breakdown(bool enabled)
{
    private long start, review, decision;

    public static long Now() => Stopwatch.GetTimestamp();

    public void Add(long t0, long t1, long t2, long t3)
    {
        if (!enabled)
        {
            return;
        }

        Interlocked.Add(ref start, t1 - t0);
        Interlocked.Add(ref review, t2 - t1);
        Interlocked.Add(ref decision, t3 - t2);
    }

    public void Reset() => start = review = decision = 0;

    public string? Describe(int n)
    {
        if (!enabled)
        {
            return null;
        }

        double Ms(long ticks) => ticks * 1000.0 / Stopwatch.Frequency / n;
        return $"mean latency ms: start {Ms(start):F2}, union-review {Ms(review):F2}, head-decision {Ms(decision):F2}";
    }
}
