using DienHong.Engine.Audit;
using DienHong.Engine.Storage;
using DienHong.Persistence.Integrity;
using Npgsql;

namespace DienHong.Persistence.Postgres;

/// <summary>
/// Group commit on PostgreSQL (ghi theo lô): runs that arrive while a transaction is being written share the next one,
/// and no caller is answered before the transaction holding its run has committed. A group is two round trips
/// whatever its size: the instance rows (<see cref="RunBatch.Claim"/>), then everything else of the runs that
/// claimed their row and the commit. A conflicting run is thus left out before anything of it is written, and the
/// others go on; any other failure rolls the group back and its runs are written one transaction each, so only the
/// failing run fails.
/// </summary>
internal sealed class PostgresCommitWriter(PostgresDatabase database) : IAsyncDisposable
{
    private const int MaxBatch = 512;
    private readonly Lock gate = new();
    private readonly InstanceSealer sealer = database.Sealer;
    private List<Pending> queue = [];
    private NpgsqlConnection? connection;
    private TaskCompletionSource? idle;
    private bool writing;
    private bool disposed;

    /// <summary>Commits a run; its instance is sealed here, on the caller's thread, before it queues for the writer.</summary>
    public Task CommitAsync(RunChanges changes)
    {
        var pending = new Pending(changes, sealer.Seal(changes.Instance, changes.OpenBookmarks));
        lock (gate)
        {
            ObjectDisposedException.ThrowIf(disposed, this);
            queue.Add(pending);
            if (writing)
            {
                return pending.Completion.Task;
            }

            writing = true;
        }

        _ = DrainAsync();
        return pending.Completion.Task;
    }

    public async ValueTask DisposeAsync()
    {
        Task? wait = null;
        lock (gate)
        {
            disposed = true;
            if (writing)
            {
                idle = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
                wait = idle.Task;
            }
        }

        if (wait is not null)
        {
            await wait.ConfigureAwait(false);
        }

        if (connection is not null)
        {
            await connection.DisposeAsync().ConfigureAwait(false);
        }
    }

    private async Task DrainAsync()
    {
        while (true)
        {
            List<Pending> batch;
            lock (gate)
            {
                if (queue.Count == 0)
                {
                    writing = false;
                    idle?.TrySetResult();
                    return;
                }

                batch = Take();
            }

            await CommitBatchAsync(batch).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// The next group: at most <see cref="MaxBatch"/> runs and one run per instance (two runs of one instance in one
    /// group could not be told apart by the row version; the second waits for the next group).
    /// </summary>
    private List<Pending> Take()
    {
        var batch = new List<Pending>(Math.Min(queue.Count, MaxBatch));
        var instances = new HashSet<string>(StringComparer.Ordinal);
        var rest = new List<Pending>();
        foreach (var p in queue)
        {
            if (batch.Count < MaxBatch && instances.Add(p.Changes.Instance.Id))
            {
                batch.Add(p);
            }
            else
            {
                rest.Add(p);
            }
        }

        queue = rest;
        return batch;
    }

    private async Task CommitBatchAsync(List<Pending> batch)
    {
        Exception?[] conflicts;
        try
        {
            conflicts = await WriteAsync(batch).ConfigureAwait(false);
        }
        catch (Exception e)
        {
            await ResetAsync().ConfigureAwait(false);
            if (batch.Count > 1)
            {
                // Find the run that failed: each alone in its own transaction.
                foreach (var p in batch)
                {
                    await CommitBatchAsync([p]).ConfigureAwait(false);
                }
            }
            else
            {
                batch[0].Completion.TrySetException(e);
            }

            return;
        }

        if (Enumerable.Range(0, batch.Count).Any(i => conflicts[i] is null && batch[i].Changes.Scrub))
        {
            await ScrubAsync().ConfigureAwait(false);
        }

        for (var i = 0; i < batch.Count; i++)
        {
            if (conflicts[i] is { } conflict)
            {
                batch[i].Completion.TrySetException(conflict);
            }
            else
            {
                batch[i].Completion.TrySetResult();
            }
        }
    }

    /// <summary>Writes and commits one group; returns each run's conflict (null for a run that was written).</summary>
    private async Task<Exception?[]> WriteAsync(List<Pending> batch)
    {
        connection ??= await database.OpenAsync().ConfigureAwait(false);
        var creates = batch.Exists(p => p.Changes.IsNew);
        var claimed = new HashSet<string>(StringComparer.Ordinal);
        (string KeyId, long Count, string Seal)? record = null;
        await using (var claim = new NpgsqlBatch(connection))
        {
            claim.BatchCommands.Add(new NpgsqlBatchCommand("BEGIN"));
            claim.BatchCommands.Add(new NpgsqlBatchCommand(RunBatch.CustomPlans));
            foreach (var command in RunBatch.Claim(batch.ConvertAll(p => (p.Changes, p.Seal))))
            {
                claim.BatchCommands.Add(command);
            }

            if (creates)
            {
                claim.BatchCommands.Add(new NpgsqlBatchCommand(RunBatch.LockIntegrity));
            }

            await using var reader = await claim.ExecuteReaderAsync().ConfigureAwait(false);
            do
            {
                while (await reader.ReadAsync().ConfigureAwait(false))
                {
                    if (reader.FieldCount == 1)
                    {
                        claimed.Add(reader.GetString(0));
                    }
                    else
                    {
                        record = (reader.GetString(0), reader.GetInt64(1), reader.GetString(2));
                    }
                }
            }
            while (await reader.NextResultAsync().ConfigureAwait(false));
        }

        var written = batch.Where(p => claimed.Contains(p.Changes.Instance.Id)).Select(p => p.Changes).ToList();
        var created = written.Count(c => c.IsNew);
        await using (var rest = new NpgsqlBatch(connection))
        {
            foreach (var command in RunBatch.Rest(written))
            {
                rest.BatchCommands.Add(command);
            }

            if (created > 0 && record is var (keyId, count, seal))
            {
                // A record that fails its seal keeps failing: the engine never seals over a change it did not make.
                var next = sealer.SealIntegrity(keyId, count) == seal ? sealer.SealIntegrity(keyId, count + created) : seal;
                rest.BatchCommands.Add(RunBatch.With(RunBatch.WriteIntegrity, ("count", count + created), ("seal", next)));
            }

            rest.BatchCommands.Add(new NpgsqlBatchCommand("COMMIT"));
            await rest.ExecuteNonQueryAsync().ConfigureAwait(false);
        }

        var conflicts = new Exception?[batch.Count];
        for (var i = 0; i < batch.Count; i++)
        {
            if (!claimed.Contains(batch[i].Changes.Instance.Id))
            {
                conflicts[i] = await ConflictAsync(batch[i].Changes).ConfigureAwait(false);
            }
        }

        return conflicts;
    }

    /// <summary>
    /// A run released an instance's secrets (an anonymous window's voices): their old row versions stay in the tables
    /// as dead tuples until a vacuum removes them, so vacuum the tables a run rewrites now (outside any transaction,
    /// as VACUUM must be) rather than when autovacuum gets to them, as SQLite's writer checkpoints its log. The runs
    /// have committed whatever happens here: what an older snapshot still sees is removed by the next vacuum.
    /// </summary>
    private async Task ScrubAsync()
    {
        try
        {
            await using var vacuum = new NpgsqlCommand("VACUUM instances, bookmarks", connection);
            await vacuum.ExecuteNonQueryAsync().ConfigureAwait(false);
        }
        catch (NpgsqlException)
        {
            // As above: the commit stands; autovacuum completes the scrub.
        }
    }

    /// <summary>Why a run's instance row was not written: another writer changed it, or its id or correlation key is taken.</summary>
    private async Task<ConcurrencyConflictException> ConflictAsync(RunChanges changes)
    {
        var id = changes.Instance.Id;
        if (!changes.IsNew)
        {
            return new ConcurrencyConflictException($"Instance '{id}' was changed by another writer; this run was not saved.");
        }

        await using var exists = new NpgsqlCommand("SELECT count(*) FROM instances WHERE id = @id", connection);
        exists.Parameters.AddWithValue("id", id);
        return (long)(await exists.ExecuteScalarAsync().ConfigureAwait(false))! > 0
            ? new ConcurrencyConflictException($"Instance '{id}' exists already.")
            : new ConcurrencyConflictException("An instance with this correlation key exists already.", duplicateCorrelation: true);
    }

    /// <summary>After a failure the connection may hold an aborted transaction, or be broken: the next group starts on a fresh one.</summary>
    private async Task ResetAsync()
    {
        if (connection is null)
        {
            return;
        }

        try
        {
            await using var rollback = new NpgsqlCommand("ROLLBACK", connection);
            await rollback.ExecuteNonQueryAsync().ConfigureAwait(false);
        }
        catch (Exception e) when (e is NpgsqlException or InvalidOperationException)
        {
            // A broken connection: it is replaced below either way.
        }

        await connection.DisposeAsync().ConfigureAwait(false);
        connection = null;
    }

    private sealed class Pending(RunChanges changes, byte[] seal)
    {
        public RunChanges Changes { get; } = changes;

        public byte[] Seal { get; } = seal;

        public TaskCompletionSource Completion { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
