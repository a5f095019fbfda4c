using Hangfire;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace DienHong.Server.Operations;

/// <summary>Hangfire's storage answers and a job server has reported in (degraded, not failed, while none has yet).</summary>
public sealed class HangfireHealthCheck(JobStorage storage) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var servers = storage.GetMonitoringApi().Servers();
            return Task.FromResult(servers.Count > 0
                ? HealthCheckResult.Healthy(data: new Dictionary<string, object> { ["servers"] = servers.Count })
                : HealthCheckResult.Degraded("no job server has reported in yet"));
        }
        catch (Exception e)
        {
            return Task.FromResult(HealthCheckResult.Unhealthy(e.Message));
        }
    }
}
