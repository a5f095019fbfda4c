namespace DienHong.Benchmarks.Http;

/// <summary>The figures of one run of the HTTP benchmark (milliseconds unless named otherwise).</summary>
public sealed record HttpRunResult(
    double ReadyMs,
    double ServiceInboxP95,
    double HttpInboxP95,
    int Completed,
    int Errors,
    double CompletesPerSecond,
    double CompleteP50,
    double CompleteP95,
    double CompleteP99,
    double ServerCpuMsPerComplete,
    double ClientCpuMsPerComplete,
    double Load)
{
    /// <summary>Process CPU time per inbox query through the service (this process, its background work included).</summary>
    public double ServiceInboxCpuMs { get; init; }

    /// <summary>The server process's CPU time per inbox request over HTTP: on a shared machine wall time misleads, CPU time less so.</summary>
    public double HttpInboxCpuMs { get; init; }
}
