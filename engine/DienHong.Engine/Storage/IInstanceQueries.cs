namespace DienHong.Engine.Storage;

/// <summary>The instance list (danh sách hồ sơ) a server shows, and an instance's incidents.</summary>
public interface IInstanceQueries
{
    /// <summary>Instances matching every given filter, newest first, one page at a time, with the total.</summary>
    ValueTask<Page<InstanceSummary>> ListAsync(InstanceQuery query, CancellationToken cancellationToken = default);

    /// <summary>The incidents (sự cố) raised on an instance, oldest first, for an operator to retry or cancel.</summary>
    ValueTask<IReadOnlyList<IncidentRecord>> IncidentsAsync(string instanceId, CancellationToken cancellationToken = default);

    /// <summary>How many cases of <paramref name="key"/> are not finished (running, suspended or faulted) on each of its versions, in one grouped query; versions without any are absent.</summary>
    ValueTask<IReadOnlyDictionary<int, int>> UnfinishedPerVersionAsync(string key, CancellationToken cancellationToken = default);
}
