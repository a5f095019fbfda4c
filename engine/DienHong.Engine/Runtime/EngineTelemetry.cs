using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace DienHong.Engine.Runtime;

/// <summary>
/// The engine's spans and metrics (quan trắc), both named <c>DienHong.Engine</c> for OpenTelemetry or
/// <c>dotnet-counters</c>. Nothing is measured or allocated for them while nobody listens.
/// </summary>
internal static class EngineTelemetry
{
    public const string Name = "DienHong.Engine";

    public static readonly ActivitySource Source = new(Name);

    private static readonly Meter Meter = new(Name);

    public static readonly Counter<long> Runs = Meter.CreateCounter<long>("dienhong.runs", "{run}", "Engine runs (start, resume, cancel, retry), by operation and result.");

    public static readonly Histogram<double> RunDuration = Meter.CreateHistogram<double>("dienhong.run.duration", "ms", "Time of a run, from its load to its commit.");

    public static readonly Counter<long> Commits = Meter.CreateCounter<long>("dienhong.commits", "{commit}", "Runs committed.");

    public static readonly Histogram<double> CommitDuration = Meter.CreateHistogram<double>("dienhong.commit.duration", "ms", "Time a run waited for its commit.");

    public static readonly Counter<long> Conflicts = Meter.CreateCounter<long>("dienhong.conflicts", "{conflict}", "Commits refused because another writer changed the instance first.");

    public static readonly Counter<long> Incidents = Meter.CreateCounter<long>("dienhong.incidents", "{incident}", "Incidents raised.");

    /// <summary>Milliseconds since <paramref name="start"/> (a <see cref="Stopwatch.GetTimestamp"/>).</summary>
    public static double Since(long start) => Stopwatch.GetElapsedTime(start).TotalMilliseconds;
}
