namespace DienHong.Persistence.Entities;

/// <summary>The stored row of an entry of the definitions' journal (nhật ký phát hành), keyed by definition key and sequence.</summary>
public sealed class DefinitionJournalEntity
{
    public required string DefinitionKey { get; set; }

    public long Seq { get; set; }

    public long At { get; set; }

    public required string Event { get; set; }

    public string? Actor { get; set; }

    public string? Data { get; set; }

    public required string Hash { get; set; }
}
