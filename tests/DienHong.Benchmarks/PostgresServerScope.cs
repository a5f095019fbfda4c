using DienHong.Testing;

namespace DienHong.Benchmarks;

/// <summary>
/// The server of the PostgreSQL peers: <c>DIENHONG_TEST_POSTGRES</c> if set, else a private server with default
/// durability (fsync on, synchronous_commit on) started from the installed binaries and stopped at the end.
/// </summary>
public sealed class PostgresServerScope : IAsyncDisposable
{
    private PostgresServer? server;

    /// <summary>The server's connection string, or null when there is no PostgreSQL on this machine.</summary>
    public async Task<string?> StartAsync()
    {
        server = new PostgresServer { Durable = true };
        await server.InitializeAsync();
        return string.IsNullOrEmpty(server.ConnectionString) ? null : server.ConnectionString;
    }

    public async ValueTask DisposeAsync()
    {
        if (server is not null)
        {
            await server.DisposeAsync();
        }
    }
}
