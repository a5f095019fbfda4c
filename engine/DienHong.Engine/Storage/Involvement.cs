namespace DienHong.Engine.Storage;

/// <summary>
/// A person's part in an instance (hồ sơ tôi tham gia): a journal entry by <see cref="Actor"/> (starting it, acting
/// on a task, cancelling it), or an open task assigned to one of <see cref="Assignees"/> (stored assignee keys,
/// <c>user:&lt;id&gt;</c>).
/// </summary>
public sealed record Involvement(string Actor, IReadOnlyCollection<string> Assignees);
