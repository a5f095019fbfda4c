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
public sealed class PostgresInstanceLocks(PostgresDatabase database) : ILoadingInstanceLocks, IAsyncDisposable
{
    private readonly StripedInstanceLocks local = new();
    private readonly Lock gate = new();
    private List<Request> locks = [];
    private List<long> unlocks = [];
    private NpgsqlConnection? session;
    private TaskCompletionSource? idle;
    private bool draining;
    private bool disposed;

    public async ValueTask<IAsyncDisposable> AcquireAsync(string instanceId, CancellationToken cancellationToken) =>
        (await AcquireAsync(instanceId, false, cancellationToken).ConfigureAwait(false)).Hold;

    /// <summary>The lock (and, with <paramref name="load"/>, the rows read with it on the shared session: Read is false when they were not).</summary>
    private async ValueTask<(IAsyncDisposable Hold, bool Read, InstanceRows? Rows)> AcquireAsync(string instanceId, bool load, CancellationToken cancellationToken)
    {
        var inProcess = await local.AcquireAsync(instanceId, cancellationToken).ConfigureAwait(false);
        try
        {
            var key = KeyOf(instanceId);
            var (taken, rows) = await TryLockAsync(key, load ? instanceId : null).ConfigureAwait(false);
            if (taken)
            {
                return (new SharedHold(this, key, inProcess), load, rows);
            }

            return (await WaitAsync(key, inProcess, cancellationToken).ConfigureAwait(false), false, null);
        }
        catch
        {
            await inProcess.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>
    /// As <see cref="AcquireAsync(string, CancellationToken)"/>, with the instance read in the same round trip as the
    /// lock on the shared session (statements of one round trip run in order, so the read follows the lock); when
    /// another node holds the lock, read once it is taken.
    /// </summary>
    public async ValueTask<LockedInstance> AcquireAndLoadAsync(string instanceId, CancellationToken cancellationToken)
    {
        var (hold, read, rows) = await AcquireAsync(instanceId, true, cancellationToken).ConfigureAwait(false);
        try
        {
            var loaded = !read
                ? await PostgresInstanceRead.LoadAsync(database, instanceId, cancellationToken).ConfigureAwait(false)
                : rows is null ? null : PostgresInstanceRead.Verify(database.Sealer, rows);
            return new LockedInstance(hold, loaded);
        }
        catch
        {
            await hold.DisposeAsync().ConfigureAwait(false);
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

    private Task<(bool Taken, InstanceRows? Rows)> TryLockAsync(long key, string? load)
    {
        var request = new Request(key, load);
        lock (gate)
        {
            ObjectDisposedException.ThrowIf(disposed, this);
            locks.Add(request);
            if (draining)
            {
                return request.Done.Task;
            }

            draining = true;
        }

        _ = DrainAsync();
        return request.Done.Task;
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
            List<Request> lockNow;
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
                var (taken, rows) = await RoundTripAsync(unlockNow, lockNow).ConfigureAwait(false);
                for (var i = 0; i < lockNow.Count; i++)
                {
                    lockNow[i].Done.TrySetResult((taken[i], lockNow[i].Load is { } id && rows.TryGetValue(id, out var read) ? read : null));
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
                    l.Done.TrySetResult((false, null));
                }
            }
        }
    }

    /// <summary>
    /// One round trip on the shared session: the unlocks, the try-locks, then the reads of the instances asked for.
    /// An instance whose lock was not taken is read too, and its rows are ignored (its run reads again once it has the lock).
    /// </summary>
    private async Task<(bool[] Taken, Dictionary<string, InstanceRows> Rows)> RoundTripAsync(List<long> unlockKeys, List<Request> requests)
    {
        var fresh = session is null;
        session ??= await database.OpenLockSessionAsync().ConfigureAwait(false);
        await using var batch = new NpgsqlBatch(session);
        if (fresh)
        {
            // This session lives as long as the node and its statements are prepared: a generic plan made while the
            // tables are small would keep reading instances by a sequential scan as they grow.
            batch.BatchCommands.Add(new NpgsqlBatchCommand("SET plan_cache_mode = force_custom_plan"));
        }

        if (unlockKeys.Count > 0)
        {
            batch.BatchCommands.Add(RunBatch.With("SELECT pg_advisory_unlock(k) FROM unnest(@keys) AS k", ("keys", unlockKeys.ToArray())));
        }

        if (requests.Count > 0)
        {
            // WITH ORDINALITY keeps the answers in the order of the requests.
            batch.BatchCommands.Add(RunBatch.With("SELECT pg_try_advisory_lock(k) FROM unnest(@keys) WITH ORDINALITY AS t(k, n) ORDER BY n", ("keys", requests.ConvertAll(r => r.Key).ToArray())));
        }

        var loads = requests.Where(r => r.Load is not null).Select(r => r.Load!).ToArray();
        foreach (var read in loads.Length > 0 ? PostgresInstanceRead.Many(loads) : [])
        {
            batch.BatchCommands.Add(read);
        }

        var taken = new bool[requests.Count];
        var rows = new Dictionary<string, InstanceRows>(StringComparer.Ordinal);
        await using var reader = await batch.ExecuteReaderAsync().ConfigureAwait(false);
        do
        {
            // Result sets come in the order of the statements; the SET has none.
            if (reader.FieldCount == 1 && reader.GetName(0) == "pg_try_advisory_lock")
            {
                for (var i = 0; i < taken.Length && await reader.ReadAsync().ConfigureAwait(false); i++)
                {
                    taken[i] = reader.GetBoolean(0);
                }
            }
            else if (reader.FieldCount > 1)
            {
                rows = await PostgresInstanceRead.ReadAsync(reader, CancellationToken.None).ConfigureAwait(false);
            }
        }
        while (await reader.NextResultAsync().ConfigureAwait(false));

        return (taken, rows);
    }

    /// <summary>A try-lock waiting for the next round trip, with the instance to read under it (null: none).</summary>
    private sealed class Request(long key, string? load)
    {
        public long Key { get; } = key;

        public string? Load { get; } = load;

        public TaskCompletionSource<(bool Taken, InstanceRows? Rows)> Done { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
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
