using DienHong.Engine.Storage;
using Microsoft.Data.Sqlite;

namespace DienHong.Persistence.Sqlite;

/// <summary>The statements that write one run's changes, prepared once on the writer's connection.</summary>
internal sealed class RunWriter(SqliteConnection connection) : IDisposable
{
    private readonly RawStatement insertInstance = new(connection, $"INSERT INTO instances ({RowReader.InstanceColumns}, seal) VALUES (@p0, @p1, @p2, @p3, @p4, @p5, @p6, @p7, @p8, @p9, @p10, @p11, @p12, @p13, @p14, @p15, @p16)");
    private readonly RawStatement updateInstance = new(connection, "UPDATE instances SET status = @p1, outcome = @p2, variables = @p3, state = @p4, journal_seq = @p5, journal_hash = @p6, row_version = @p7, updated_at = @p8, completed_at = @p9, seal = @p11 WHERE id = @p0 AND row_version = @p10");
    // With the instance's agency, for the inbox's index.
    private readonly RawStatement insertBookmark = new(connection, $"INSERT INTO bookmarks ({RowReader.BookmarkColumns}, agency) VALUES (@p0, @p1, @p2, @p3, @p4, @p5, @p6, @p7, @p8, @p9, @p10, @p11, @p12)");
    private readonly RawStatement deleteBookmark = new(connection, "DELETE FROM bookmarks WHERE id = @p0");
    private readonly RawStatement updateBookmark = new(connection, "UPDATE bookmarks SET assignee = @p1, due_at = @p2, wake_at = @p3, job_id = @p4, payload = @p5 WHERE id = @p0");
    private readonly RawStatement insertJournal = new(connection, "INSERT INTO journal (instance_id, seq, at, node_id, event, actor, outcome, comment, data, hash) VALUES (@p0, @p1, @p2, @p3, @p4, @p5, @p6, @p7, @p8, @p9)");
    private readonly RawStatement insertIncident = new(connection, "INSERT INTO incidents (id, instance_id, node_id, message, at, code, exception_type, stack_trace) VALUES (@p0, @p1, @p2, @p3, @p4, @p5, @p6, @p7)");

    /// <summary>
    /// Writes the run with its instance's <paramref name="seal"/>; returns the conflict when its instance row was taken or changed by another writer (then
    /// nothing of the run was written). Other failures throw.
    /// </summary>
    public ConcurrencyConflictException? Write(RunChanges c, byte[] seal)
    {
        var i = c.Instance;
        if (c.IsNew)
        {
            try
            {
                insertInstance.Execute(i.Id, i.DefinitionId, i.DefinitionKey, i.DefinitionVersion, i.Status.ToString(), i.Outcome, i.CorrelationKey, i.Agency,
                    i.Variables, i.State, i.JournalSeq, i.JournalHash, i.RowVersion, UnixTime.ToMs(i.CreatedAt), UnixTime.ToMs(i.UpdatedAt), UnixTime.ToDb(i.CompletedAt), seal);
            }
            catch (SqliteException e) when (e.SqliteErrorCode == 19)
            {
                return e.Message.Contains("correlation_key", StringComparison.Ordinal)
                    ? new ConcurrencyConflictException("An instance with this correlation key exists already.", duplicateCorrelation: true)
                    : new ConcurrencyConflictException($"Instance '{i.Id}' exists already.");
            }
        }
        else if (updateInstance.Execute(i.Id, i.Status.ToString(), i.Outcome, i.Variables, i.State, i.JournalSeq, i.JournalHash, i.RowVersion,
                     UnixTime.ToMs(i.UpdatedAt), UnixTime.ToDb(i.CompletedAt), c.ExpectedRowVersion, seal) != 1)
        {
            return new ConcurrencyConflictException($"Instance '{i.Id}' was changed by another writer; this run was not saved.");
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
                UnixTime.ToDb(b.DueAt), UnixTime.ToDb(b.WakeAt), b.JobId, b.Payload, UnixTime.ToMs(b.CreatedAt), i.Agency);
        }

        foreach (var j in c.Journal)
        {
            insertJournal.Execute(j.InstanceId, j.Seq, UnixTime.ToMs(j.At), j.NodeId, j.Event, j.Actor, j.Outcome, j.Comment, j.Data, j.Hash);
        }

        foreach (var x in c.Incidents)
        {
            insertIncident.Execute(x.Id, x.InstanceId, x.NodeId, x.Message, UnixTime.ToMs(x.At), x.Code, x.ExceptionType, x.StackTrace);
        }

        return null;
    }

    public void Dispose()
    {
        foreach (var c in new[] { insertInstance, updateInstance, insertBookmark, deleteBookmark, updateBookmark, insertJournal, insertIncident })
        {
            c.Dispose();
        }
    }
}
