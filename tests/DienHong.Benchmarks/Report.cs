using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;

namespace DienHong.Benchmarks;

/// <summary>The markdown summary: the machine, a table of medians per peer and size, and DienHong's ratios.</summary>
public static class Report
{
    public static string Markdown(Options options, IReadOnlyList<ChildResult> results, IReadOnlyList<string> notes)
    {
        var s = new StringBuilder();
        var c = CultureInfo.InvariantCulture;
        s.AppendLine("## Machine").AppendLine();
        s.AppendLine(c, $"- {Environment.ProcessorCount} logical CPUs, {Cpu()}, {Ram()} RAM, {RuntimeInformation.OSDescription}, {RuntimeInformation.FrameworkDescription}");
        s.AppendLine(c, $"- in flight: {options.Concurrency}; warm-up: rounds of {options.Warmup:N0} instances until a round JIT-compiles under {WarmUp.QuietMethodsPerInstance} methods per instance (at most {options.WarmupRounds}; WorkflowCore one round); suspended phase: {options.Suspended:N0} instances; runs per cell: {options.Runs} (median shown)").AppendLine();
        s.AppendLine("## Medians").AppendLine();
        s.AppendLine("| peer | N | runs | instances/s | CPU µs/instance | peak RSS MiB | alloc KiB/instance | JIT methods/instance | retained B/suspended | JIT/suspended | load avg |");
        s.AppendLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        var cells = results.GroupBy(r => (r.Peer, r.N)).OrderBy(g => g.Key.N).ThenBy(g => options.Peers.ToList().IndexOf(g.Key.Peer)).ToList();
        foreach (var g in cells)
        {
            s.AppendLine(c, $"| {g.Key.Peer} | {g.Key.N:N0} | {g.Count()} | {Median(g, r => r.InstancesPerSecond):N0} | {Median(g, r => r.CpuUsPerInstance):N0} | {Median(g, r => r.PeakRssBytes / 1048576.0):N0} | {Median(g, r => r.AllocBytesPerInstance / 1024):N1} | {Median(g, r => r.JitPerInstance):F3} | {Retained(g, r => r.RetainedBytesPerSuspended, "N0")} | {Retained(g, r => r.JitPerSuspended, "F4")} | {Median(g, r => r.Load):F1} |");
        }

        s.AppendLine().AppendLine("## DienHong's ratio to each peer (median instances/s)").AppendLine();
        s.AppendLine("| N | peer | DienHong / peer |").AppendLine("|---:|---|---:|");
        foreach (var n in options.Sizes)
        {
            var mine = cells.FirstOrDefault(g => g.Key == ("dienhong", n));
            foreach (var g in cells.Where(g => g.Key.N == n && g.Key.Peer != "dienhong" && mine is not null))
            {
                s.AppendLine(c, $"| {n:N0} | {g.Key.Peer} | {Median(mine!, r => r.InstancesPerSecond) / Median(g, r => r.InstancesPerSecond):F2}× |");
            }
        }

        var notesWithBreakdown = notes.Concat(cells.SelectMany(g => g).Where(r => r.Note is not null).Select(r => $"{r.Peer} N = {r.N:N0}: {r.Note}")).ToList();
        if (notesWithBreakdown.Count > 0)
        {
            s.AppendLine().AppendLine("## Notes").AppendLine();
            foreach (var note in notesWithBreakdown.Distinct())
            {
                s.AppendLine(c, $"- {note}");
            }
        }

        return s.ToString();
    }

    public static double Median(IEnumerable<ChildResult> runs, Func<ChildResult, double> value)
    {
        var v = runs.Select(value).Order().ToList();
        return v.Count == 0 ? double.NaN : v.Count % 2 == 1 ? v[v.Count / 2] : (v[(v.Count / 2) - 1] + v[v.Count / 2]) / 2;
    }

    /// <summary>A retained figure's median over the runs that had a suspended phase; a dash when none had (<c>--suspended 0</c>).</summary>
    private static string Retained(IEnumerable<ChildResult> runs, Func<ChildResult, double> value, string format)
    {
        var measured = runs.Where(r => r.Suspended > 0).ToList();
        return measured.Count == 0 ? "–" : Median(measured, value).ToString(format, CultureInfo.InvariantCulture);
    }

    private static string Cpu() =>
        File.Exists("/proc/cpuinfo")
            ? File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))?.Split(':', 2)[1].Trim() ?? "unknown CPU"
            : "unknown CPU";

    private static string Ram()
    {
        var line = File.Exists("/proc/meminfo") ? File.ReadLines("/proc/meminfo").FirstOrDefault(l => l.StartsWith("MemTotal:", StringComparison.Ordinal)) : null;
        return line is null ? "unknown" : string.Create(CultureInfo.InvariantCulture, $"{long.Parse(line[9..].Trim().Split(' ')[0], CultureInfo.InvariantCulture) / 1048576.0:F1} GiB");
    }
}
