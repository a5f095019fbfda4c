using DienHong.Engine.Storage;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace DienHong.Server.Operations;

/// <summary>The engine database answers a query through the store's port (whichever store is configured).</summary>
public sealed class DatabaseHealthCheck(IDefinitionStore definitions) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var stored = await definitions.ListAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
            return HealthCheckResult.Healthy(data: new Dictionary<string, object> { ["definitions"] = stored.Count });
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return HealthCheckResult.Unhealthy(e.Message);
        }
    }
}
