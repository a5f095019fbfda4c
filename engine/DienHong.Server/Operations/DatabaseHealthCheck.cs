using DienHong.Engine.Storage;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using DatabaseOptions = DienHong.Server.Configuration.DatabaseOptions;

namespace DienHong.Server.Operations;

/// <summary>
/// The engine database answers a query through the store's port (whichever store is configured); the report names the
/// provider (<c>Sqlite</c> or <c>PostgreSQL</c>) but not where the database is, since <c>/health</c> is anonymous.
/// </summary>
public sealed class DatabaseHealthCheck(IDefinitionStore definitions, DatabaseOptions database) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var provider = database.IsPostgres ? DatabaseOptions.PostgreSql : DatabaseOptions.Sqlite;
        try
        {
            var stored = await definitions.ListAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
            return HealthCheckResult.Healthy(data: new Dictionary<string, object> { ["provider"] = provider, ["definitions"] = stored.Count });
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return HealthCheckResult.Unhealthy(e.Message, data: new Dictionary<string, object> { ["provider"] = provider });
        }
    }
}
