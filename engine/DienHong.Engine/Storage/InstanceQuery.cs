namespace DienHong.Engine.Storage;

/// <summary>
/// Filters of the instance list, each optional. <see cref="OverdueAt"/> keeps instances with an open task whose due
/// time is before it; <see cref="Involving"/> keeps those a person took part in. <see cref="After"/> is the <see cref="Page{T}.Next"/> of the page before.
/// </summary>
public sealed record InstanceQuery
{
    public string? DefinitionKey { get; init; }

    public InstanceStatus? Status { get; init; }

    public string? Agency { get; init; }

    public string? CorrelationPrefix { get; init; }

    public DateTimeOffset? OverdueAt { get; init; }

    public Involvement? Involving { get; init; }

    public int PageSize { get; init; } = 50;

    public string? After { get; init; }
}
