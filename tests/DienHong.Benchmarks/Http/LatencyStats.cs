namespace DienHong.Benchmarks.Http;

/// <summary>Latencies of one measured phase, in milliseconds, and their percentiles (nearest rank).</summary>
public sealed class LatencyStats
{
    private readonly List<double> samples = [];
    private readonly Lock gate = new();

    public int Count => samples.Count;

    public void Add(double milliseconds)
    {
        lock (gate)
        {
            samples.Add(milliseconds);
        }
    }

    public double Percentile(double p)
    {
        lock (gate)
        {
            if (samples.Count == 0)
            {
                return double.NaN;
            }

            var sorted = samples.Order().ToArray();
            return sorted[Math.Clamp((int)Math.Ceiling(p / 100 * sorted.Length) - 1, 0, sorted.Length - 1)];
        }
    }
}
