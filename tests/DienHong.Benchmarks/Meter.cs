using System.Diagnostics;
using System.Runtime;

namespace DienHong.Benchmarks;

/// <summary>Wall time, process CPU time, allocations and JIT-compiled methods over one measured phase, after <paramref name="warmedUp"/> warm-up instances.</summary>
public sealed class Meter(int warmedUp)
{
    private readonly Stopwatch wall = Stopwatch.StartNew();
    private readonly TimeSpan cpu0 = Process.GetCurrentProcess().TotalProcessorTime;
    private readonly long alloc0 = GC.GetTotalAllocatedBytes(true);
    private readonly long jit0 = JitInfo.GetCompiledMethodCount();

    public ChildResult Stop(string peer, int n)
    {
        wall.Stop();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime - cpu0;
        var alloc = GC.GetTotalAllocatedBytes(true) - alloc0;
        var jit = JitInfo.GetCompiledMethodCount() - jit0;
        return new ChildResult
        {
            Peer = peer,
            N = n,
            Seconds = wall.Elapsed.TotalSeconds,
            InstancesPerSecond = n / wall.Elapsed.TotalSeconds,
            CpuUsPerInstance = cpu.TotalMicroseconds / n,
            PeakRssBytes = PeakRss(),
            AllocBytesPerInstance = (double)alloc / n,
            JitPerInstance = (double)jit / n,
            Load = LoadAverage(),
            WarmedUp = warmedUp,
        };
    }

    /// <summary>VmHWM from /proc/self/status (peak resident set), or the process's peak working set elsewhere.</summary>
    public static long PeakRss()
    {
        const string path = "/proc/self/status";
        if (File.Exists(path))
        {
            foreach (var line in File.ReadLines(path))
            {
                if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
                {
                    return long.Parse(line[6..].Trim().Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture) * 1024;
                }
            }
        }

        return Process.GetCurrentProcess().PeakWorkingSet64;
    }

    public static double LoadAverage() =>
        File.Exists("/proc/loadavg") ? double.Parse(File.ReadAllText("/proc/loadavg").Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture) : double.NaN;

    /// <summary>Two full, blocking, compacting collections; then the managed heap in use.</summary>
    public static long SettledHeap()
    {
        for (var i = 0; i < 2; i++)
        {
            GCSettings.LargeObjectHeapCompactionMode = GCLargeObjectHeapCompactionMode.CompactOnce;
            GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
            GC.WaitForPendingFinalizers();
        }

        return GC.GetTotalMemory(true);
    }

    /// <summary>
    /// Measures what <paramref name="suspend"/> leaves behind per instance: managed heap and JIT-compiled methods. With
    /// no instances to suspend (<c>--suspended 0</c>) the phase is skipped and the result has no retained figures.
    /// </summary>
    public static async Task<ChildResult> RetainedAsync(ChildResult result, int m, Func<int, Task> suspend)
    {
        if (m <= 0)
        {
            return result with { Suspended = 0 };
        }

        var heap0 = SettledHeap();
        var jit0 = JitInfo.GetCompiledMethodCount();
        await suspend(m).ConfigureAwait(false);
        var heap1 = SettledHeap();
        var jit1 = JitInfo.GetCompiledMethodCount();
        return result with { Suspended = m, RetainedBytesPerSuspended = (double)(heap1 - heap0) / m, JitPerSuspended = (double)(jit1 - jit0) / m };
    }
}
