using System.Threading.Channels;
using DienHong.Engine.Storage;
using Microsoft.Data.Sqlite;

namespace DienHong.Persistence.Sqlite;

/// <summary>
/// The one writer of the database file. Runs that arrive together share one SQLite transaction (group commit),
/// each inside its own savepoint: a run that conflicts is rolled back alone, and no caller is answered before the
/// transaction holding its run has committed.
/// </summary>
internal sealed class CommitWriter : IDisposable
{
    private const int MaxBatch = 256;
    private readonly Channel<PendingCommit> queue = Channel.CreateUnbounded<PendingCommit>(new UnboundedChannelOptions { SingleReader = true });
    private readonly SqliteConnection connection;
    private readonly Thread thread;
    private readonly PreparedCommand begin, commit, rollback, savepoint, release, rollbackTo;
    private readonly PreparedCommand insertInstance, updateInstance, insertBookmark, deleteBookmark, updateBookmark, insertJournal, insertIncident;

    public CommitWriter(SqliteDatabase database)
    {
        connection = database.Open();
        begin = new(connection, "BEGIN IMMEDIATE", 0);
        commit = new(connection, "COMMIT", 0);
        rollback = new(connection, "ROLLBACK", 0);
        savepoint = new(connection, "SAVEPOINT run", 0);
        release = new(connection, "RELEASE run", 0);
        rollbackTo = new(connection, "ROLLBACK TO run", 0);
        insertInstance = new(connection, $"INSERT INTO instances ({RowReader.InstanceColumns}) VALUES (@p0, @p1, @p2, @p3, @p4, @p5, @p6, @p7, @p8, @p9, @p10, @p11, @p12, @p13, @p14, @p15)", 16);
        updateInstance = new(connection, "UPDATE instances SET status = @p1, outcome = @p2, variables = @p3, state = @p4, journal_seq = @p5, journal_hash = @p6, row_version = @p7, updated_at = @p8, completed_at = @p9 WHERE id = @p0 AND row_version = @p10", 11);
        insertBookmark = new(connection, $"INSERT INTO bookmarks ({RowReader.BookmarkColumns}) VALUES (@p0, @p1, @p2, @p3, @p4, @p5, @p6, @p7, @p8, @p9, @p10, @p11)", 12);
        deleteBookmark = new(connection, "DELETE FROM bookmarks WHERE id = @p0", 1);
        updateBookmark = new(connection, "UPDATE bookmarks SET assignee = @p1, due_at = @p2, wake_at = @p3, job_id = @p4, payload = @p5 WHERE id = @p0", 6);
        insertJournal = new(connection, "INSERT INTO journal (instance_id, seq, at, node_id, event, actor, outcome, comment, data, hash) VALUES (@p0, @p1, @p2, @p3, @p4, @p5, @p6, @p7, @p8, @p9)", 10);
        insertIncident = new(connection, "INSERT INTO incidents (id, instance_id, node_id, message, at) VALUES (@p0, @p1, @p2, @p3, @p4)", 5);
        thread = new Thread(Loop) { IsBackground = true, Name = "DienHong commit writer" };
        thread.Start();
    }

    /// <summary>Test hook: runs inside the transaction after a run's rows are written, before its savepoint is released.</summary>
    internal Action<RunChanges>? AfterWrite { get; set; }

    public Task CommitAsync(RunChanges changes)
    {
        var pending = new PendingCommit(changes);
        return queue.Writer.TryWrite(pending) ? pending.Completion.Task : Task.FromException(new ObjectDisposedException(nameof(CommitWriter)));
    }

    public void Dispose()
    {
        queue.Writer.TryComplete();
        thread.Join();
        foreach (var c in new[] { begin, commit, rollback, savepoint, release, rollbackTo, insertInstance, updateInstance, insertBookmark, deleteBookmark, updateBookmark, insertJournal, insertIncident })
        {
            c.Dispose();
        }

        connection.Dispose();
    }

    private void Loop()
    {
        var batch = new List<PendingCommit>(MaxBatch);
        while (queue.Reader.WaitToReadAsync().AsTask().GetAwaiter().GetResult())
        {
            while (batch.Count < MaxBatch && queue.Reader.TryRead(out var next))
            {
                batch.Add(next);
            }

            CommitBatch(batch);
            batch.Clear();
        }
    }

    private void CommitBatch(List<PendingCommit> batch)
    {
        var failures = new Exception?[batch.Count];
        // A savepoint per run lets one failing run roll back alone; a batch of one needs none.
        var isolate = batch.Count > 1;
        try
        {
            begin.Execute();
            for (var i = 0; i < batch.Count; i++)
            {
                if (isolate)
                {
                    savepoint.Execute();
                }

                try
                {
                    Write(batch[i].Changes);
                    AfterWrite?.Invoke(batch[i].Changes);
                    if (isolate)
                    {
                        release.Execute();
                    }
                }
                catch (Exception e) when (isolate)
                {
                    rollbackTo.Execute();
                    release.Execute();
                    failures[i] = Translate(e);
                }
            }

            commit.Execute();
        }
        catch (Exception e)
        {
            TryRollback();
            var failure = Translate(e);
            foreach (var p in batch)
            {
                p.Completion.TrySetException(failure);
            }

            return;
        }

        for (var i = 0; i < batch.Count; i++)
        {
            if (failures[i] is { } failure)
            {
                batch[i].Completion.TrySetException(failure);
            }
            else
            {
                batch[i].Completion.TrySetResult();
            }
        }
    }

    private void Write(RunChanges c)
    {
        var i = c.Instance;
        if (c.IsNew)
        {
            insertInstance.Execute(i.Id, i.DefinitionId, i.DefinitionKey, i.DefinitionVersion, i.Status.ToString(), i.Outcome, i.CorrelationKey, i.Agency,
                i.Variables, i.State, i.JournalSeq, i.JournalHash, i.RowVersion, UnixTime.ToMs(i.CreatedAt), UnixTime.ToMs(i.UpdatedAt), UnixTime.ToDb(i.CompletedAt));
        }
        else if (updateInstance.Execute(i.Id, i.Status.ToString(), i.Outcome, i.Variables, i.State, i.JournalSeq, i.JournalHash, i.RowVersion,
                     UnixTime.ToMs(i.UpdatedAt), UnixTime.ToDb(i.CompletedAt), c.ExpectedRowVersion) != 1)
        {
            throw new ConcurrencyConflictException($"Instance '{i.Id}' was changed by another writer; this run was not saved.");
        }

        foreach (var b in c.RemovedBookmarks)
        {
            deleteBookmark.Execute(b.Id);
        }

        foreach (var b in c.UpdatedBookmarks)
        {
            updateBookmark.Execute(b.Id, b.Assignee, UnixTime.ToDb(b.DueAt), UnixTime.ToDb(b.WakeAt), b.JobId, b.Payload);
        }

        foreach (var b in c.AddedBookmarks)
        {
            insertBookmark.Execute(b.Id, b.InstanceId, b.NodeId, b.NodeInstanceId, b.Kind.ToString(), b.Key, b.Assignee,
                UnixTime.ToDb(b.DueAt), UnixTime.ToDb(b.WakeAt), b.JobId, b.Payload, UnixTime.ToMs(b.CreatedAt));
        }

        foreach (var j in c.Journal)
        {
            insertJournal.Execute(j.InstanceId, j.Seq, UnixTime.ToMs(j.At), j.NodeId, j.Event, j.Actor, j.Outcome, j.Comment, j.Data, j.Hash);
        }

        foreach (var x in c.Incidents)
        {
            insertIncident.Execute(x.Id, x.InstanceId, x.NodeId, x.Message, UnixTime.ToMs(x.At));
        }
    }

    private static Exception Translate(Exception e) => e switch
    {
        SqliteException { SqliteErrorCode: 19 } s when s.Message.Contains("correlation_key", StringComparison.Ordinal) =>
            new ConcurrencyConflictException("An instance with this correlation key exists already.", duplicateCorrelation: true),
        SqliteException { SqliteErrorCode: 19 } => new ConcurrencyConflictException("Another writer saved this instance first; this run was not saved."),
        _ => e,
    };

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
