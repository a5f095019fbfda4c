namespace DienHong.Engine.Storage;

/// <summary>
/// The stored definition versions (phiên bản định nghĩa) as plain rows. The rules (draft → published → retired, the
/// next version number, re-imports) are the engine's <c>DefinitionCatalog</c>; a store only keeps rows and refuses
/// a second row with the same key and version.
/// </summary>
public interface IDefinitionStore
{
    /// <summary>Every version, or every version of <paramref name="key"/>, by key then version.</summary>
    ValueTask<IReadOnlyList<StoredDefinition>> ListAsync(string? key = null, CancellationToken cancellationToken = default);

    /// <summary>Adds a version; throws <see cref="ConcurrencyConflictException"/> when its key and version exist already.</summary>
    ValueTask AddAsync(NewDefinition definition, CancellationToken cancellationToken = default);

    /// <summary>Replaces the text of a version while it is still a draft; false when it is not (any more).</summary>
    ValueTask<bool> ReplaceDraftAsync(string id, string name, string json, CancellationToken cancellationToken = default);

    /// <summary>Moves a version from <paramref name="from"/> to <paramref name="to"/> at <paramref name="at"/>; false when it was not in <paramref name="from"/>.</summary>
    ValueTask<bool> ChangeStatusAsync(string id, DefinitionStatus from, DefinitionStatus to, DateTimeOffset at, CancellationToken cancellationToken = default);
}
