namespace DienHong.Engine.Storage;

/// <summary>
/// Whose inbox: <see cref="Assignees"/> are stored assignee keys (<c>user:&lt;id&gt;</c>, <c>role:&lt;key&gt;</c>),
/// <see cref="Agencies"/> the agencies whose instances count (all when null). <see cref="After"/> is the
/// <see cref="Page{T}.Next"/> of the page before.
/// </summary>
public sealed record InboxQuery(IReadOnlyCollection<string> Assignees, IReadOnlyCollection<string>? Agencies = null, int PageSize = 50, string? After = null);
