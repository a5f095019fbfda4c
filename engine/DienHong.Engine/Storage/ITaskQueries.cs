namespace DienHong.Engine.Storage;

/// <summary>The task queries a server's inbox (hộp việc) needs.</summary>
public interface ITaskQueries
{
    /// <summary>Open tasks of the query's assignees, by due date (tasks without one last), one page at a time, with the total.</summary>
    ValueTask<Page<InboxTask>> InboxAsync(InboxQuery query, CancellationToken cancellationToken = default);
}
