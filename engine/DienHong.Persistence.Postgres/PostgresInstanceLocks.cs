using DienHong.Engine.Runtime;
using Npgsql;

namespace DienHong.Persistence.Postgres;

/// <summary>
/// The per-instance lock across nodes (khoá theo hồ sơ giữa các nút): first the in-process lock, then a PostgreSQL
/// session advisory lock on the instance id's 64-bit hash, held from load to commit, so two nodes never run one
/// instance at once and a second resume of a bookmark waits and is told it was consumed. The row version still
/// catches what a lock cannot (a lock connection lost mid-run).
/// </summary>
/// <remarks>
/// The uncontended path costs no connection per run: this node's locks are taken with <c>pg_try_advisory_lock</c> on
/// one shared session, every request that arrives meanwhile in the same round trip, and released there too (an unlock
/// is queued, not waited for: it is sent before any later lock of the same node). A lock another node holds is then
/// waited for on a connection of its own with <c>pg_advisory_lock</c>. The server drops a session's locks when its
/// process dies (SIGKILL included), so a dead node holds nothing.
/// </remarks>
public sealed class PostgresInstanceLocks(PostgresDatabase database) : IInstanceLocks, IAsyncDisposable
{
    private readonly StripedInstanceLocks local = new();
    private readonly Lock gate = new();
    private List<(long Key, TaskCompletionSource<bool> Taken)> locks = [];
    private List<long> unlocks = [];
    private NpgsqlConnection? session;
    private TaskCompletionSource? idle;
    private bool draining;
    private bool disposed;

    public async ValueTask<IAsyncDisposable> AcquireAsync(string instanceId, CancellationToken cancellationToken)
    {
        var inProcess = await local.AcquireAsync(instanceId, cancellationToken).ConfigureAwait(false);
        try
        {
            var key = KeyOf(instanceId);
            if (await TryLockAsync(key).ConfigureAwait(false))
            {
                return new SharedHold(this, key, inProcess);
            }

            return await WaitAsync(key, inProcess, cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            await inProcess.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>Waits for the round trip under way (a connection serves one operation at a time), then closes the session, which releases its locks.</summary>
    public async ValueTask DisposeAsync()
    {
        Task? wait = null;
        lock (gate)
        {
            disposed = true;
            if (draining)
            {
                idle = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
                wait = idle.Task;
            }
        }

        if (wait is not null)
        {
            await wait.ConfigureAwait(false);
        }

        if (session is not null)
        {
            await session.DisposeAsync().ConfigureAwait(false);
        }
    }

    /// <summary>FNV-1a over the id's UTF-16 units: the same key on every node (string hash codes differ per process).</summary>
    internal static long KeyOf(string instanceId)
    {
        var hash = 14695981039346656037UL;
        foreach (var c in instanceId)
        {
            hash = (hash ^ c) * 1099511628211UL;
        }

        return unchecked((long)hash);
    }

    /// <summary>Another node holds the lock: wait for it on a session of its own, which then holds it until release.</summary>
    private async Task<IAsyncDisposable> WaitAsync(long key, IAsyncDisposable inProcess, CancellationToken cancellationToken)
    {
        var connection = await database.OpenLockSessionAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await using var wait = new NpgsqlCommand("SELECT pg_advisory_lock(@key)", connection);
            wait.Parameters.AddWithValue("key", key);
            await wait.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            return new OwnHold(connection, key, inProcess);
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    private Task<bool> TryLockAsync(long key)
    {
        var taken = new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (gate)
        {
            ObjectDisposedException.ThrowIf(disposed, this);
            locks.Add((key, taken));
            if (draining)
            {
                return taken.Task;
            }

            draining = true;
        }

        _ = DrainAsync();
        return taken.Task;
    }

    private void Unlock(long key)
    {
        lock (gate)
        {
            if (disposed)
            {
                // Closing the session releases it.
                return;
            }

            unlocks.Add(key);
            if (draining)
            {
                return;
            }

            draining = true;
        }

        _ = DrainAsync();
    }

    /// <summary>Sends the queued unlocks, then the queued try-locks, in one round trip, until nothing is queued.</summary>
    private async Task DrainAsync()
    {
        while (true)
        {
            List<(long Key, TaskCompletionSource<bool> Taken)> lockNow;
            List<long> unlockNow;
            lock (gate)
            {
                if (locks.Count == 0 && unlocks.Count == 0)
                {
                    draining = false;
                    idle?.TrySetResult();
                    return;
                }

                (lockNow, locks) = (locks, []);
                (unlockNow, unlocks) = (unlocks, []);
            }

            try
            {
                var taken = await RoundTripAsync(unlockNow, lockNow.ConvertAll(l => l.Key)).ConfigureAwait(false);
                for (var i = 0; i < lockNow.Count; i++)
                {
                    lockNow[i].Taken.TrySetResult(taken[i]);
                }
            }
            catch (Exception)
            {
                // The shared session is gone, and with it the locks it held: the next round trip opens a new one, and
                // these requests wait on sessions of their own.
                if (session is not null)
                {
                    await session.DisposeAsync().ConfigureAwait(false);
                    session = null;
                }

                foreach (var l in lockNow)
                {
                    l.Taken.TrySetResult(false);
                }
            }
        }
    }

    private async Task<bool[]> RoundTripAsync(List<long> unlockKeys, List<long> lockKeys)
    {
        session ??= await database.OpenLockSessionAsync().ConfigureAwait(false);
        await using var batch = new NpgsqlBatch(session);
        if (unlockKeys.Count > 0)
        {
            var unlock = new NpgsqlBatchCommand("SELECT pg_advisory_unlock(k) FROM unnest(@keys) AS k");
            unlock.Parameters.AddWithValue("keys", unlockKeys.ToArray());
            batch.BatchCommands.Add(unlock);
        }

        if (lockKeys.Count > 0)
        {
            // WITH ORDINALITY keeps the answers in the order of the requests.
            var take = new NpgsqlBatchCommand("SELECT pg_try_advisory_lock(k) FROM unnest(@keys) WITH ORDINALITY AS t(k, n) ORDER BY n");
            take.Parameters.AddWithValue("keys", lockKeys.ToArray());
            batch.BatchCommands.Add(take);
        }

        var taken = new bool[lockKeys.Count];
        await using var reader = await batch.ExecuteReaderAsync().ConfigureAwait(false);
        if (unlockKeys.Count > 0)
        {
            await reader.NextResultAsync().ConfigureAwait(false);
        }

        for (var i = 0; i < taken.Length && await reader.ReadAsync().ConfigureAwait(false); i++)
        {
            taken[i] = reader.GetBoolean(0);
        }

        return taken;
    }

    /// <summary>A lock held on the shared session.</summary>
    private sealed class SharedHold(PostgresInstanceLocks owner, long key, IAsyncDisposable inProcess) : IAsyncDisposable
    {
        private int released;

        public ValueTask DisposeAsync()
        {
            if (Interlocked.Exchange(ref released, 1) != 0)
            {
                return ValueTask.CompletedTask;
            }

            owner.Unlock(key);
            return inProcess.DisposeAsync();
        }
    }

    /// <summary>A lock held on a session of its own; closing the session releases it.</summary>
    private sealed class OwnHold(NpgsqlConnection connection, long key, IAsyncDisposable inProcess) : IAsyncDisposable
    {
        private int released;

        public async ValueTask DisposeAsync()
        {
            if (Interlocked.Exchange(ref released, 1) != 0)
            {
                return;
            }

            try
            {
                await using var unlock = new NpgsqlCommand("SELECT pg_advisory_unlock(@key)", connection);
                unlock.Parameters.AddWithValue("key", key);
                await unlock.ExecuteNonQueryAsync().ConfigureAwait(false);
            }
            finally
            {
                await connection.DisposeAsync().ConfigureAwait(false);
                await inProcess.DisposeAsync().ConfigureAwait(false);
            }
        }
    }
}
