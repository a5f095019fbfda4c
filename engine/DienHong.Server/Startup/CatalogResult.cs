namespace DienHong.Server.Startup;

/// <summary>What publishing the catalog did: how many definitions were published, left unchanged, or refused (file, reason).</summary>
public sealed class CatalogResult(string folder)
{
    public string Folder { get; } = folder;

    public int Published { get; set; }

    public int Unchanged { get; set; }

    public List<(string File, string Reason)> Refused { get; } = [];
}
