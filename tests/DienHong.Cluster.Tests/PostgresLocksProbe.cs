using DienHong.Engine.Runtime;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace DienHong.Cluster.Tests;

/// <summary>A node's per-instance locks, and a way to see on the server that one of its sessions waits for another's.</summary>
public sealed class PostgresLocksProbe(PgNode node)
{
    public IInstanceLocks Locks { get; } = node.Services.GetRequiredService<IInstanceLocks>();

    /// <summary>Returns once the server shows an advisory lock request not granted (bounded: fails after 10 s).</summary>
    public async Task WaitUntilWaitingAsync()
    {
        var until = DateTime.UtcNow.AddSeconds(10);
        await using var connection = new NpgsqlConnection(node.ConnectionString);
        await connection.OpenAsync();
        while (DateTime.UtcNow < until)
        {
            await using var command = new NpgsqlCommand("SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND NOT granted", connection);
            if ((long)(await command.ExecuteScalarAsync())! > 0)
            {
                return;
            }

            await Task.Delay(20);
        }

        throw new TimeoutException("No session waited for the advisory lock.");
    }
}
