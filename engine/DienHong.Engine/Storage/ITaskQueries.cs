namespace DienHong.Engine.Storage;

/// <summary>The task queries a server's inbox (hộp việc) and its consultations and ballots need.</summary>
public interface ITaskQueries
{
    /// <summary>Open tasks of the query's assignees, by due date (tasks without one last), one page at a time, with the total.</summary>
    ValueTask<Page<InboxTask>> InboxAsync(InboxQuery query, CancellationToken cancellationToken = default);

    /// <summary>
    /// The runs of steps opened by one of the query's events (consultations, ballots), newest first, one page at a
    /// time, with the total; each with its open task while it waits. One query, no per-row lookups.
    /// </summary>
    /// <exception cref="ArgumentException">An event that is not a plain name, or a cursor the store did not give.</exception>
    ValueTask<Page<StepRun>> StepRunsAsync(StepRunQuery query, CancellationToken cancellationToken = default);
}
