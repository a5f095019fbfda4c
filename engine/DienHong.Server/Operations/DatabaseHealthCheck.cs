using DienHong.Persistence.Sqlite;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace DienHong.Server.Operations;

/// <summary>The engine database answers a query.</summary>
public sealed class DatabaseHealthCheck(SqliteDatabase database) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            using var connection = database.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "SELECT count(*) FROM __EFMigrationsHistory";
            var migrations = Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
            return Task.FromResult(HealthCheckResult.Healthy(data: new Dictionary<string, object> { ["migrations"] = migrations }));
        }
        catch (Exception e)
        {
            return Task.FromResult(HealthCheckResult.Unhealthy(e.Message));
        }
    }
}
