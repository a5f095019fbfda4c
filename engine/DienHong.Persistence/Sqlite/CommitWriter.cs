using DienHong.Engine.Storage;
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
    private readonly RawStatement begin, commit, rollback;
    private List<PendingCommit> queue = [];
    private bool writing;
    private bool disposed;

    public CommitWriter(SqliteDatabase database)
    {
        connection = database.Open();
        begin = new(connection, "BEGIN IMMEDIATE");
        commit = new(connection, "COMMIT");
        rollback = new(connection, "ROLLBACK");
        writer = new RunWriter(connection);
    }

    /// <summary>Test hook: runs inside the transaction after a run's rows are written, before the commit.</summary>
    internal Action<RunChanges>? AfterWrite { get; set; }

    public Task CommitAsync(RunChanges changes)
    {
        var pending = new PendingCommit(changes);
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
        begin.Dispose();
        commit.Dispose();
        rollback.Dispose();
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
        try
        {
            begin.Execute();
            for (var i = 0; i < batch.Count; i++)
            {
                conflicts[i] = writer.Write(batch[i].Changes);
                if (conflicts[i] is null)
                {
                    AfterWrite?.Invoke(batch[i].Changes);
                }
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

    private sealed class PendingCommit(RunChanges changes)
    {
        public RunChanges Changes { get; } = changes;

        public TaskCompletionSource Completion { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
