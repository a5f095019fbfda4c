using DienHong.Engine.Audit;
using DienHong.Engine.Storage;
using DienHong.Persistence.Integrity;
using Microsoft.Data.Sqlite;

namespace DienHong.Persistence.Sqlite;

/// <summary>
/// The one writer of the database file, with group commit: runs that arrive while a transaction is being written
/// share the next one, and no caller is answered before the transaction holding its run has committed. The first
/// caller to find the writer idle writes (on its own thread, with no hand-off) until nothing is queued.
/// </summary>
/// <remarks>
/// A run's first statement is its instance row (the row-version check, or the insert that claims the correlation
/// key), so a conflicting run fails before it has written anything and the others in the transaction go on. Any
/// other failure rolls the whole transaction back, and its runs are then written one transaction each, so only
/// the failing run fails.
/// </remarks>
internal sealed class CommitWriter : IDisposable
{
    private const int MaxBatch = 512;
    private readonly object gate = new();
    private readonly SqliteConnection connection;
    private readonly RunWriter writer;
    private readonly IntegrityCounter counter;
    private readonly InstanceSealer sealer;
    private readonly RawStatement begin, commit, rollback, checkpoint;
    private List<PendingCommit> queue = [];
    private bool writing;
    private bool secureDelete;
    private bool disposed;

    public CommitWriter(SqliteDatabase database)
    {
        database.EnsureOwned();
        connection = database.Open();
        // A checkpoint copies each page changed since the last one back into the database file, and runs on a
        // committing caller: a larger log (about 40 MiB rather than 4) copies the pages that every run touches (the
        // journal's and the indexes' newest pages) once per checkpoint instead of ten times, for fewer checkpoints.
        SqliteDatabase.Execute(connection, "PRAGMA wal_autocheckpoint=10000");
        begin = new(connection, "BEGIN IMMEDIATE");
        commit = new(connection, "COMMIT");
        rollback = new(connection, "ROLLBACK");
        checkpoint = new(connection, "PRAGMA wal_checkpoint(TRUNCATE)");
        sealer = database.Sealer;
        writer = new RunWriter(connection);
        counter = new IntegrityCounter(connection, database.Sealer);
    }

    /// <summary>Test hook: runs inside the transaction after a run's rows are written, before the commit.</summary>
    internal Action<RunChanges>? AfterWrite { get; set; }

    /// <summary>Commits a run; its instance is sealed here, on the caller's thread, before it queues for the writer.</summary>
    public Task CommitAsync(RunChanges changes)
    {
        var pending = new PendingCommit(changes, sealer.Seal(changes.Instance, changes.OpenBookmarks));
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

        Drain();
        return pending.Completion.Task;
    }

    public void Dispose()
    {
        lock (gate)
        {
            disposed = true;
            while (writing)
            {
                Monitor.Wait(gate);
            }
        }

        writer.Dispose();
        counter.Dispose();
        begin.Dispose();
        commit.Dispose();
        rollback.Dispose();
        checkpoint.Dispose();
        connection.Dispose();
    }

    private void Drain()
    {
        while (true)
        {
            List<PendingCommit> batch;
            lock (gate)
            {
                if (queue.Count == 0)
                {
                    writing = false;
                    Monitor.PulseAll(gate);
                    return;
                }

                if (queue.Count <= MaxBatch)
                {
                    batch = queue;
                    queue = [];
                }
                else
                {
                    batch = queue.GetRange(0, MaxBatch);
                    queue.RemoveRange(0, MaxBatch);
                }
            }

            StoreMetrics.CommitBatchSize.Record(batch.Count);
            CommitBatch(batch);
        }
    }

    private void CommitBatch(List<PendingCommit> batch)
    {
        var conflicts = new Exception?[batch.Count];
        var created = 0;
        var scrub = false;
        try
        {
            SecureDelete(batch.Exists(p => p.Changes.Sensitive));
            begin.Execute();
            for (var i = 0; i < batch.Count; i++)
            {
                conflicts[i] = writer.Write(batch[i].Changes, batch[i].Seal);
                if (conflicts[i] is null)
                {
                    created += batch[i].Changes.IsNew ? 1 : 0;
                    scrub |= batch[i].Changes.Scrub;
                    AfterWrite?.Invoke(batch[i].Changes);
                }
            }

            if (created > 0)
            {
                counter.Add(created);
            }

            commit.Execute();
        }
        catch (Exception e)
        {
            TryRollback();
            if (batch.Count > 1)
            {
                // Find the run that failed: each alone in its own transaction.
                foreach (var p in batch)
                {
                    CommitBatch([p]);
                }
            }
            else
            {
                batch[0].Completion.TrySetException(e);
            }

            return;
        }

        if (scrub)
        {
            Scrub();
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

    /// <summary>
    /// secure_delete overwrites what a transaction deletes or replaces, at a cost in writes (about a tenth of the
    /// throughput when always on), so it is on only for transactions that touch an instance holding secrets: every
    /// old copy of such an instance's row is zeroed as it is freed.
    /// </summary>
    private void SecureDelete(bool on)
    {
        if (on != secureDelete)
        {
            // Not a prepared statement: SQLite applies this pragma when it compiles it, not when it runs.
            SqliteDatabase.Execute(connection, on ? "PRAGMA secure_delete=ON" : "PRAGMA secure_delete=OFF");
            secureDelete = on;
        }
    }

    /// <summary>
    /// Old versions of erased pages live on in the WAL until it is checkpointed; TRUNCATE copies the newest pages into
    /// the file (where secure_delete has zeroed the freed ones) and empties the log. The runs have committed whatever
    /// happens here: a checkpoint that cannot finish now (a reader holds an old snapshot) is finished by a later one.
    /// </summary>
    private void Scrub()
    {
        try
        {
            checkpoint.Query(_ => 0);
        }
        catch (SqliteException)
        {
            // As above: the commit stands; the next checkpoint completes the scrub.
        }
    }

    private void TryRollback()
    {
        try
        {
            rollback.Execute();
        }
        catch (SqliteException)
        {
            // No transaction was open (BEGIN itself failed).
        }
    }

    private sealed class PendingCommit(RunChanges changes, byte[] seal)
    {
        public RunChanges Changes { get; } = changes;

        public byte[] Seal { get; } = seal;

        public TaskCompletionSource Completion { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
