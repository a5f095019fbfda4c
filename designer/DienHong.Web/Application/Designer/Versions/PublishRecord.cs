namespace DienHong.Web.Application.Designer.Versions;

/// <summary>One entry of a workflow's journal of publishes (một lần phát hành): which version replaced which, who, when, and the summary of the changes.</summary>
public sealed record PublishRecord(long Seq, int Version, int? Replaces, VersionStamp Published, string? Summary);
