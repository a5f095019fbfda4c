using DienHong.Server.Configuration;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace DienHong.Server.Operations;

/// <summary>Free space on the data folder's disk: degraded under 1 GiB, unhealthy under 100 MiB.</summary>
public sealed class DiskSpaceHealthCheck(ServerOptions options) : IHealthCheck
{
    private const long Warn = 1L << 30;
    private const long Fail = 100L << 20;

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var free = new DriveInfo(options.DataPath).AvailableFreeSpace;
        var data = new Dictionary<string, object> { ["freeBytes"] = free, ["folder"] = options.DataPath };
        return Task.FromResult(free switch
        {
            < Fail => HealthCheckResult.Unhealthy("less than 100 MiB free", data: data),
            < Warn => HealthCheckResult.Degraded("less than 1 GiB free", data: data),
            _ => HealthCheckResult.Healthy(data: data),
        });
    }
}
