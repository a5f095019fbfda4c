using DienHong.Persistence.Sqlite;
using DienHong.Server.Configuration;
using Hangfire;
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

/// <summary>Hangfire's storage answers and a job server of this process has reported in.</summary>
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
