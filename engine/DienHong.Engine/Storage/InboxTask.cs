namespace DienHong.Engine.Storage;

/// <summary>An open task (việc cần làm) as an inbox shows it, with what it needs of its instance.</summary>
public sealed record InboxTask(
    string BookmarkId,
    string InstanceId,
    string NodeId,
    string? Assignee,
    DateTimeOffset? DueAt,
    DateTimeOffset CreatedAt,
    string DefinitionKey,
    int DefinitionVersion,
    string? Agency,
    string? CorrelationKey);
