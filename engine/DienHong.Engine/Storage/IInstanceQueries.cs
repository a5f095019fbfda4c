namespace DienHong.Engine.Storage;

/// <summary>The instance list (danh sách hồ sơ) a server shows.</summary>
public interface IInstanceQueries
{
    /// <summary>Instances matching every given filter, newest first, one page at a time, with the total.</summary>
    ValueTask<Page<InstanceSummary>> ListAsync(InstanceQuery query, CancellationToken cancellationToken = default);
}
