using System.Runtime;

namespace DienHong.Benchmarks;

/// <summary>
/// The warm-up before a measured phase: rounds of <see cref="Options.Warmup"/> instances until a round has
/// JIT-compiled fewer than <see cref="QuietMethodsPerInstance"/> methods per instance (at most
/// <see cref="Options.WarmupRounds"/> rounds). One fixed round left the tiered JIT's tier-up of the hot path (thousands
/// of methods recompiled with PGO, each taking up to milliseconds of CPU) inside the measured phase, and more of it the
/// more code a peer runs (Npgsql's), so a 10,000-instance phase measured the JIT as much as the peer.
/// </summary>
public static class WarmUp
{
    /// <summary>A round below this rate of newly compiled methods counts as settled (20 methods over 2,000 instances).</summary>
    public const double QuietMethodsPerInstance = 0.01;

    /// <summary>Runs the warm-up rounds; returns how many instances were run.</summary>
    public static async Task<int> RunAsync(Options options, Func<int, Task> round)
    {
        var run = 0;
        for (var r = 0; r < Math.Max(1, options.WarmupRounds); r++)
        {
            var jit0 = JitInfo.GetCompiledMethodCount();
            await round(options.Warmup).ConfigureAwait(false);
            run += options.Warmup;
            var compiled = JitInfo.GetCompiledMethodCount() - jit0;
            await Console.Error.WriteLineAsync($"warm-up round {r + 1}: {options.Warmup} instances, {compiled} methods JIT-compiled").ConfigureAwait(false);
            if (compiled < options.Warmup * QuietMethodsPerInstance)
            {
                break;
            }
        }

        return run;
    }
}
