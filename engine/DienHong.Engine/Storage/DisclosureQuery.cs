namespace DienHong.Engine.Storage;

/// <summary>
/// Which postings: of <see cref="Agencies"/> (none: nothing), <see cref="Open"/> ones or closed ones.
/// <see cref="After"/> is the <see cref="Page{T}.Next"/> of the page before.
/// </summary>
public sealed record DisclosureQuery(IReadOnlyCollection<string> Agencies, bool Open, int PageSize = 50, string? After = null);
