namespace DienHong.Server.Configuration;

/// <summary>The server's own settings (cấu hình máy chủ), section <c>DienHong</c>.</summary>
public sealed class ServerOptions
{
    public const string Section = "DienHong";

    /// <summary>Where the databases, keys and organisation live: <c>.dienhong</c> under the current folder by default.</summary>
    public string DataFolder { get; set; } = ".dienhong";

    /// <summary>Load the Châu Thành demo organisation and its accounts on a fresh data folder; false disables the demo accounts.</summary>
    public bool Demo { get; set; } = true;

    /// <summary>The language of the server's own messages (<c>vi</c> or <c>en</c>); the operating system's when unset.</summary>
    public string? Language { get; set; }

    /// <summary>The regulation catalog published at start: the <c>catalog</c> folder beside the server by default.</summary>
    public string? Catalog { get; set; }

    /// <summary>The full path of the data folder.</summary>
    public string DataPath => Path.GetFullPath(DataFolder);

    public string DatabasePath => Path.Combine(DataPath, "dienhong.db");

    /// <summary>The engine's keys (the seal and the anonymous-voice hash key), outside the database whichever it is.</summary>
    public string KeysPath => Path.Combine(DataPath, "dienhong.keys");

    public string AccountsPath => Path.Combine(DataPath, "accounts.db");

    public string HangfirePath => Path.Combine(DataPath, "hangfire.db");

    /// <summary>The folder of the uploaded attachments (tệp đính kèm).</summary>
    public string AttachmentsPath => Path.Combine(DataPath, "attachments");

    /// <summary>Where a server on PostgreSQL kept the attachments' index before it moved into the database (read once to import it).</summary>
    public string AttachmentIndexPath => Path.Combine(AttachmentsPath, "attachments.db");

    public string OrganizationPath => Path.Combine(DataPath, "organization.json");

    public string CatalogPath => Path.GetFullPath(Catalog ?? Path.Combine(AppContext.BaseDirectory, "catalog"));
}
