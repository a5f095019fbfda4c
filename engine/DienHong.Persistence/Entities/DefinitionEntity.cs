namespace DienHong.Persistence.Entities;

/// <summary>The stored row of a definition version (phiên bản định nghĩa). Times are Unix milliseconds (UTC).</summary>
public sealed class DefinitionEntity
{
    public required string Id { get; set; }

    public required string Key { get; set; }

    public int Version { get; set; }

    public required string Status { get; set; }

    public required string Name { get; set; }

    public required string Json { get; set; }

    public long CreatedAt { get; set; }

    /// <summary>When the text was last saved (null on rows older than authors: <see cref="CreatedAt"/> then).</summary>
    public long? SavedAt { get; set; }

    public string? SavedBy { get; set; }

    public long? PublishedAt { get; set; }

    public string? PublishedBy { get; set; }

    public long? RetiredAt { get; set; }

    public string? RetiredBy { get; set; }
}
