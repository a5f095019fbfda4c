namespace DienHong.Web.Application.Designer.Versions;

/// <summary>
/// A workflow's versions and publishes (lịch sử phiên bản): every version, oldest first, and the journal of publishes
/// with its verification (<see cref="BrokenAt"/>: the first entry whose link does not hold, null when the chain holds).
/// </summary>
public sealed record VersionHistory(string Key, IReadOnlyList<VersionItem> Versions, IReadOnlyList<PublishRecord> Publishes, long? BrokenAt);
